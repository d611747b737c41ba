using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// Findings an auditor raises from failed checklist items. They are stored with the assessment's findings, under a
/// rule key no assessment rule uses, so a run never resolves them: only the auditor's judgement can.
/// </summary>
public static class AuditFindings
{
    public const string RuleKey = "audit.item-failed";

    public const int MaxDescriptionLength = Finding.MaxDetailLength;

    /// <summary>
    /// The finding for a failed <paramref name="item"/>: source Audit, linked to the audit, the control and the model,
    /// due by <paramref name="duePolicy"/>. Without a description, the detail says where it failed and what the auditor noted.
    /// </summary>
    public static Finding Raise(
        Audit audit, AuditItem item, SecurityControl control, string planTitle, string title, FindingSeverity severity, string? description, FindingDuePolicy duePolicy, DateTimeOffset now)
    {
        var detail = description
            ?? $"{control.Code} ({control.Title}) failed in the audit \"{planTitle}\" due {audit.DueOn:yyyy-MM-dd}." + (item.Note is null ? string.Empty : $" Auditor's note: {item.Note}");
        return new Finding
        {
            ModelId = audit.ModelId,
            ModelKey = audit.ModelKey,
            RuleKey = RuleKey,
            Subject = FindingSubject.AuditItem(audit.Id, control.Code),
            ControlCode = control.Code,
            Practice = control.Practice,
            Severity = severity,
            Source = FindingSource.Audit,
            AuditId = audit.Id,
            Title = title,
            Detail = detail.Length <= Finding.MaxDetailLength ? detail : detail[..(Finding.MaxDetailLength - 1)] + "…",
            DueAt = duePolicy.DueAt(severity, now),
            FirstSeenAt = now,
            LastSeenAt = now,
        };
    }
}
