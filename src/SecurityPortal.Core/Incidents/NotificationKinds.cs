namespace SecurityPortal.Core.Incidents;

/// <summary>
/// How each kind of notification travels unless the person chose otherwise: every kind is shown in the portal;
/// the ones people act on away from the portal (escalations, due dates, exports, alarms) also go by e-mail.
/// </summary>
public static class NotificationKinds
{
    /// <summary>The kinds a person may choose for, in the order the preferences page lists them.</summary>
    public static readonly IReadOnlyList<NotificationKind> Choosable =
    [
        NotificationKind.IncidentEscalation, NotificationKind.Findings, NotificationKind.AuditDue,
        NotificationKind.TrainingDue, NotificationKind.ExportReady, NotificationKind.IntegrityAlarm,
    ];

    public static bool EmailByDefault(NotificationKind kind) => kind is not (NotificationKind.General or NotificationKind.Findings);

    /// <summary>
    /// An integrity alarm reaches every administrator both ways whatever they chose: a break in the audit log that
    /// nobody hears about is what an attacker who edited it hopes for. General notices have nothing to choose.
    /// </summary>
    public static bool IsFixed(NotificationKind kind) => kind is NotificationKind.IntegrityAlarm or NotificationKind.General;

    /// <summary>Where a notification of <paramref name="kind"/> goes for someone whose choice is <paramref name="choice"/> (null: none made).</summary>
    public static (bool InPortal, bool ByEmail) Route(NotificationKind kind, NotificationPreference? choice) =>
        IsFixed(kind) || choice is null
            ? (true, EmailByDefault(kind))
            : (choice.InPortal, choice.ByEmail);
}
