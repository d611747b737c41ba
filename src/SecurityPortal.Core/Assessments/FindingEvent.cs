namespace SecurityPortal.Core.Assessments;

/// <summary>One line of a finding's history: what happened, when, who did it and why.</summary>
public sealed class FindingEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FindingId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Actor { get; set; }

    public FindingEventKind Kind { get; set; }

    public required string Text { get; set; }
}
