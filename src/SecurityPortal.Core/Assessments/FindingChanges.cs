namespace SecurityPortal.Core.Assessments;

/// <summary>
/// What one assessment run changes in a model's findings. <see cref="Seen"/> is not a change of state: those
/// findings only get their last-seen moment, severity and texts refreshed, so a rerun with nothing new reports
/// <see cref="HasChanges"/> false.
/// </summary>
public sealed record FindingChanges
{
    /// <summary>New conditions: insert each as Open, first and last seen now.</summary>
    public IReadOnlyList<DetectedFinding> Opened { get; init; } = [];

    /// <summary>Stored findings whose condition is back or whose acceptance expired: set each Open again.</summary>
    public IReadOnlyList<ReopenedFinding> Reopened { get; init; } = [];

    /// <summary>Open or risk-accepted assessment findings whose condition cleared: set each Resolved now.</summary>
    public IReadOnlyList<FindingKey> Resolved { get; init; } = [];

    /// <summary>Still there, status unchanged (open, or accepted and the acceptance holds): refresh last seen.</summary>
    public IReadOnlyList<DetectedFinding> Seen { get; init; } = [];

    public bool HasChanges => Opened.Count > 0 || Reopened.Count > 0 || Resolved.Count > 0;
}
