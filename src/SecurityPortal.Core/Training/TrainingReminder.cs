namespace SecurityPortal.Core.Training;

/// <summary>
/// A reminder already sent for an assignment. Unique per assignment and kind and saved with its notification, so a
/// rerun, a retry or a second node never sends it twice; kept apart from the assignment so a reminder never collides
/// with the person completing it.
/// </summary>
public sealed class TrainingReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssignmentId { get; set; }

    public TrainingReminderKind Kind { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
