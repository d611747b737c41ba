namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A model's score as of a run, stored only when it differs from the model's previous score: the history is a
/// step line, and a run that changes nothing adds no rows.
/// </summary>
public sealed class ModelScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ModelId { get; set; }

    public Guid RunId { get; set; }

    /// <summary>The run's <see cref="AssessmentRun.Number"/>: the model's latest score is the one with the highest.</summary>
    public int RunNumber { get; set; }

    public DateTimeOffset At { get; set; }

    public int Score { get; set; }
}
