namespace SecurityPortal.Core.Audits;

/// <summary>
/// One control of an audit's checklist: the answer, the note that backs it, the evidence it was judged on, and, for
/// a cycle started from the last one, what the last cycle said and why this item needs a fresh look.
/// </summary>
public sealed class AuditItem
{
    public const int MaxNoteLength = 2000;
    public const int MinJustificationLength = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AuditId { get; set; }

    public required string ControlCode { get; set; }

    /// <summary>Catalogue order, so the checklist reads practice by practice.</summary>
    public int Position { get; set; }

    public AuditItemResult? Result { get; set; }

    public string? Note { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The model's current evidence for the control when it was answered, comma-separated ids.</summary>
    public string EvidenceIds { get; set; } = string.Empty;

    public AuditItemResult? PreviousResult { get; set; }

    public string? PreviousNote { get; set; }

    /// <summary>Why the facts behind this control changed since the last cycle's sign-off; null when they did not.</summary>
    public string? ChangedSinceLastCycle { get; set; }

    /// <summary>The finding raised from this item when it failed; one per item.</summary>
    public Guid? FindingId { get; set; }

    public bool IsAnswered => Result is not null;

    public IReadOnlyList<Guid> Evidence => [.. EvidenceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}
