namespace SecurityPortal.Core.Incidents;

/// <summary>
/// What a notification is about: each person chooses per kind whether it reaches them in the portal and whether by
/// e-mail (<see cref="NotificationPreference"/>); <see cref="NotificationKinds"/> holds the defaults.
/// </summary>
public enum NotificationKind
{
    /// <summary>Anything not in a kind below (e.g. an audit signed off); shown in the portal, never mailed.</summary>
    General,
    IncidentEscalation,

    /// <summary>A finding assigned to me.</summary>
    Findings,

    /// <summary>An audit cycle opened for me, an audit due soon or overdue.</summary>
    AuditDue,

    /// <summary>Training assigned to me, due soon or overdue.</summary>
    TrainingDue,

    /// <summary>A scheduled export made (or failed) for me.</summary>
    ExportReady,

    /// <summary>The audit log stopped verifying: administrators always get it, both ways.</summary>
    IntegrityAlarm,
}
