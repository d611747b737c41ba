using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Common;

/// <summary>
/// The one human label of every enum value the portal shows to a person ("In review", not "InReview"). Pages,
/// messages and exports all read labels from here, so a value reads the same everywhere. The API keeps the
/// enum names: machines send and receive those.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<Type, Dictionary<string, string>> Named = new()
    {
        [typeof(ModelVersionState)] = new() { [nameof(ModelVersionState.InReview)] = "In review" },
        [typeof(RiskTier)] = new()
        {
            [nameof(RiskTier.Minimal)] = "Minimal risk",
            [nameof(RiskTier.Limited)] = "Limited risk (transparency)",
            [nameof(RiskTier.GeneralPurpose)] = "General-purpose AI",
            [nameof(RiskTier.HighRisk)] = "High-risk",
            [nameof(RiskTier.Prohibited)] = "Prohibited",
        },
        [typeof(EncryptionAtRest)] = new()
        {
            [nameof(EncryptionAtRest.None)] = "Not encrypted",
            [nameof(EncryptionAtRest.PlatformManaged)] = "Platform-managed key",
            [nameof(EncryptionAtRest.CustomerManagedKey)] = "Customer-managed key",
        },
        [typeof(ServingAuthMode)] = new()
        {
            [nameof(ServingAuthMode.None)] = "No authentication",
            [nameof(ServingAuthMode.ApiKey)] = "API key",
            [nameof(ServingAuthMode.OAuth2)] = "OAuth 2 / OIDC",
            [nameof(ServingAuthMode.MutualTls)] = "Mutual TLS",
        },
        [typeof(Exports.ExportKind)] = new()
        {
            [nameof(Exports.ExportKind.Audit)] = "Audit report",
            [nameof(Exports.ExportKind.Model)] = "Model compliance dossier",
            [nameof(Exports.ExportKind.Incident)] = "Incident report",
            [nameof(Exports.ExportKind.Training)] = "Training completion report",
            [nameof(Exports.ExportKind.Portfolio)] = "Portfolio compliance summary",
        },
        [typeof(NotificationKind)] = new()
        {
            [nameof(NotificationKind.General)] = "Other notices",
            [nameof(NotificationKind.IncidentEscalation)] = "Incident escalations",
            [nameof(NotificationKind.Findings)] = "Findings assigned to me",
            [nameof(NotificationKind.AuditDue)] = "Audits opened and due",
            [nameof(NotificationKind.TrainingDue)] = "Training assigned and due",
            [nameof(NotificationKind.ExportReady)] = "Scheduled exports ready",
            [nameof(NotificationKind.IntegrityAlarm)] = "Integrity alarms",
        },
        [typeof(IncidentSeverity)] = IncidentSeverities.All.ToDictionary(s => s.ToString(), IncidentSeverities.Label),
        [typeof(ReportableKind)] = new()
        {
            [nameof(ReportableKind.None)] = "Not reportable",
            [nameof(ReportableKind.Standard)] = "Serious incident (report within 15 days)",
            [nameof(ReportableKind.Death)] = "A person died (report within 10 days)",
            [nameof(ReportableKind.CriticalInfrastructureOrWidespread)] = "Critical infrastructure or widespread infringement (report within 2 days)",
        },
        [typeof(SlaClockStatus)] = new()
        {
            [nameof(SlaClockStatus.OnTrack)] = "On track",
            [nameof(SlaClockStatus.DueSoon)] = "Due soon",
            [nameof(SlaClockStatus.MetLate)] = "Met late",
        },
        [typeof(TimelineEntryKind)] = new() { [nameof(TimelineEntryKind.PhaseChange)] = "Phase change" },
        [typeof(AuditChainBreakKind)] = new()
        {
            [nameof(AuditChainBreakKind.OutOfOrder)] = "Out of order",
            [nameof(AuditChainBreakKind.Rewritten)] = "Rewritten and re-hashed",
            [nameof(AuditChainBreakKind.UnanchoredTail)] = "Unanchored entries",
            [nameof(AuditChainBreakKind.ForgedAnchor)] = "Forged anchor",
        },
        [typeof(Assessments.ControlImplementation)] = new()
        {
            [nameof(Assessments.ControlImplementation.NotImplemented)] = "Not implemented",
            [nameof(Assessments.ControlImplementation.NotApplicable)] = "Not applicable",
        },
        [typeof(Assessments.FindingStatus)] = new() { [nameof(Assessments.FindingStatus.RiskAccepted)] = "Risk accepted" },
        [typeof(Assessments.FindingEventKind)] = new()
        {
            [nameof(Assessments.FindingEventKind.RiskAcceptanceRequested)] = "Risk acceptance asked",
            [nameof(Assessments.FindingEventKind.RiskAccepted)] = "Risk accepted",
            [nameof(Assessments.FindingEventKind.RiskAcceptanceDeclined)] = "Risk acceptance declined",
            [nameof(Assessments.FindingEventKind.SeverityChanged)] = "Severity changed",
        },
        [typeof(Audits.AuditStatus)] = new()
        {
            [nameof(Audits.AuditStatus.InProgress)] = "In progress",
            [nameof(Audits.AuditStatus.SignedOff)] = "Signed off",
        },
        [typeof(Audits.AuditItemResult)] = new() { [nameof(Audits.AuditItemResult.NotApplicable)] = "Not applicable" },
        [typeof(Audits.AuditRecurrence)] = new() { [nameof(Audits.AuditRecurrence.SemiAnnual)] = "Semi-annual" },
        [typeof(Audits.AuditReminderKind)] = new() { [nameof(Audits.AuditReminderKind.DueSoon)] = "Due soon" },
        [typeof(DeploymentEventKind)] = new() { [nameof(DeploymentEventKind.Deploy)] = "Deployed", [nameof(DeploymentEventKind.Rollback)] = "Rolled back" },
    };

    /// <summary>The label of <paramref name="value"/>; a value without its own label reads as its name.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of<TEnum>(value.ToString());

    /// <summary>The label of a value that travels by name (API responses); an unknown name is shown as it came.</summary>
    public static string Of<TEnum>(string? name)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        return Named.TryGetValue(typeof(TEnum), out var labels) && labels.TryGetValue(name, out var label) ? label : name;
    }

    /// <summary>The label written inside a sentence: "a version that is in review".</summary>
    public static string InSentence<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var label = Of(value);
        return label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    /// <summary>
    /// The compound enum names ("InReview", "Sev1") that read differently from their labels: what no page may
    /// show raw. Single words ("Limited") are left out, as they stand in ordinary sentences too.
    /// </summary>
    public static IReadOnlyList<string> RawNamesWithLabels() =>
        [.. Named.SelectMany(type => type.Value.Where(l => l.Key != l.Value && IsCompound(l.Key)).Select(l => l.Key)).Distinct()];

    private static bool IsCompound(string name) => name.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>The enums that have labels here, for tests that check each of their values.</summary>
    public static IReadOnlyCollection<Type> LabelledEnums => Named.Keys;
}
