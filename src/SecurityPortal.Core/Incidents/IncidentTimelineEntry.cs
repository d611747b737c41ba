namespace SecurityPortal.Core.Incidents;

/// <summary>One line of an incident's timeline. Append-only: entries are never edited or removed.</summary>
public sealed class IncidentTimelineEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid IncidentId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Actor { get; set; }

    public TimelineEntryKind Kind { get; set; }

    public required string Text { get; set; }
}

public enum TimelineEntryKind
{
    Comment,
    PhaseChange,
    Assignment,
    Action,
    System,
}
