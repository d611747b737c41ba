using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Auditing;

/// <summary>
/// The finding a broken audit chain raises: Critical, source Integrity, about the portal itself rather than a model.
/// Its subject names the break (entry and kind), so verifying the same broken log again finds the same finding and
/// raises nothing new; a different break is a different finding.
/// </summary>
public static class AuditChainAlarm
{
    public const string RuleKey = "integrity.audit-chain";

    /// <summary>Security events are logged: the control the audit log's integrity belongs to.</summary>
    public const string ControlCode = "SP-06.2";

    public static string SubjectOf(AuditChainBreak chainBreak) => $"audit-log/{chainBreak.Sequence}/{chainBreak.Kind}";

    public static Finding Raise(AuditChainBreak chainBreak, FindingDuePolicy duePolicy, DateTimeOffset now)
    {
        var title = $"Audit log broken at entry {chainBreak.Sequence:N0} ({chainBreak.Kind})";
        var detail = $"Verification of the audit log stopped at entry {chainBreak.Sequence:N0}: {chainBreak.Reason}. " +
            "Entries before it verify. Find out who changed the database, restore the log from a backup taken before the change, " +
            "and resolve this finding once verification passes again.";
        return new Finding
        {
            ModelId = null,
            ModelKey = string.Empty,
            RuleKey = RuleKey,
            Subject = SubjectOf(chainBreak),
            ControlCode = ControlCode,
            Practice = SecurityPractice.MonitoringAndLogging,
            Severity = FindingSeverity.Critical,
            Source = FindingSource.Integrity,
            Title = title,
            Detail = detail.Length <= Finding.MaxDetailLength ? detail : detail[..(Finding.MaxDetailLength - 1)] + "…",
            DueAt = duePolicy.DueAt(FindingSeverity.Critical, now),
            FirstSeenAt = now,
            LastSeenAt = now,
        };
    }
}
