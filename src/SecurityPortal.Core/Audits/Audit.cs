using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// One cycle of a plan on one model: its checklist (<see cref="AuditItem"/>), the conclusion and the sign-off that
/// locks it. Unique per plan, model and due date, the key that keeps the job from creating a cycle twice.
/// </summary>
public sealed class Audit : Entity
{
    public const int MinConclusionLength = 10;
    public const int MaxConclusionLength = 4000;

    public Guid PlanId { get; set; }

    public Guid ModelId { get; set; }

    /// <summary>Kept on the row for lists and messages; a model's key never changes.</summary>
    public required string ModelKey { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly OpensOn { get; set; }

    /// <summary>Copied from the plan when the audit is created; a later change of lead applies to later cycles.</summary>
    public required string LeadAuditor { get; set; }

    /// <summary>Scheduled, InProgress or SignedOff; see <see cref="StatusOn"/> for what readers show.</summary>
    public AuditStatus Status { get; set; } = AuditStatus.Scheduled;

    /// <summary>
    /// Items with an answer. Every answer rewrites it, so an answer and a sign-off racing each other meet on this row's
    /// concurrency token and the loser learns the audit was signed off.
    /// </summary>
    public int Answered { get; set; }

    public int ItemCount { get; set; }

    /// <summary>The signed-off audit this one's draft answers were copied from.</summary>
    public Guid? StartedFromAuditId { get; set; }

    public string? Conclusion { get; set; }

    public string? SignedOffBy { get; set; }

    public DateTimeOffset? SignedOffAt { get; set; }

    public bool IsSignedOff => Status == AuditStatus.SignedOff;

    /// <summary>The status as of <paramref name="today"/>: overdue from the day after the due date until signed off.</summary>
    public AuditStatus StatusOn(DateOnly today) => !IsSignedOff && today > DueOn ? AuditStatus.Overdue : Status;

    /// <summary>Refuses any change to a signed-off audit with a 409 that says who locked it and when.</summary>
    public void EnsureOpen()
    {
        if (IsSignedOff)
        {
            throw new ConflictException($"This audit was signed off by {SignedOffBy} on {SignedOffAt:yyyy-MM-dd}; it can no longer change.");
        }
    }
}
