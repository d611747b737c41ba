using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A condition someone must fix on one model: opened by the assessment (or an audit, or an incident), owned by a
/// person, due by a date from the severity policy, resolved when the condition clears. One row per
/// <see cref="FindingKey"/> for ever: a condition that returns reopens the same finding with its history.
/// </summary>
public sealed class Finding : Entity
{
    public const int MaxTitleLength = 200;
    public const int MaxDetailLength = 2000;
    public const int MaxNoteLength = 2000;

    /// <summary>The model it is about; null for a finding about the portal itself (source Integrity).</summary>
    public Guid? ModelId { get; set; }

    /// <summary>
    /// Part of the finding's identity (<see cref="FindingKey"/>); a model's key never changes. Empty for a finding
    /// about the portal itself.
    /// </summary>
    public required string ModelKey { get; set; }

    public required string RuleKey { get; set; }

    /// <summary>What in the model it is about, spelled by <see cref="FindingSubject"/>.</summary>
    public required string Subject { get; set; }

    public required string ControlCode { get; set; }

    /// <summary>The practice of <see cref="ControlCode"/>, kept on the row so the heatmap groups in the database.</summary>
    public SecurityPractice Practice { get; set; }

    public DeploymentEnvironment? Environment { get; set; }

    public FindingSeverity Severity { get; set; }

    public FindingStatus Status { get; set; } = FindingStatus.Open;

    public FindingSource Source { get; set; } = FindingSource.Assessment;

    /// <summary>The audit whose failed item raised it, for findings of source Audit.</summary>
    public Guid? AuditId { get; set; }

    public required string Title { get; set; }

    public required string Detail { get; set; }

    /// <summary>Who is to fix it; null until someone is assigned.</summary>
    public string? Owner { get; set; }

    /// <summary>Counted from when it opened, or last reopened, by the severity policy.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>
    /// When a run last saw the condition, written only when the status changes. An unresolved assessment finding
    /// was seen by every run since, so readers take the later of this and the last finished run: a run that changes
    /// nothing then writes nothing for the findings it sees.
    /// </summary>
    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolutionNote { get; set; }

    /// <summary>A pending or granted risk acceptance: who asked, why, and until when.</summary>
    public string? RiskRequestedBy { get; set; }

    public string? RiskReason { get; set; }

    public DateTimeOffset? RiskAcceptedUntil { get; set; }

    /// <summary>Who approved the acceptance: never the person who asked.</summary>
    public string? RiskApprovedBy { get; set; }

    public bool IsRiskAcceptancePending => Status == FindingStatus.Open && RiskRequestedBy is not null;

    public FindingKey Key => new(ModelKey, RuleKey, Subject);

    public StoredFinding ToStored() => new(Key, Status, Severity, Source, RiskAcceptedUntil);
}
