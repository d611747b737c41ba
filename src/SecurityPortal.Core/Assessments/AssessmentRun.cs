namespace SecurityPortal.Core.Assessments;

/// <summary>
/// One pass of the assessment over every model. Its counters and its cursor are saved in the same transaction as
/// each batch's findings, so what it reports is exactly what it changed, and a retry resumes after the last batch.
/// </summary>
public sealed class AssessmentRun
{
    /// <summary>The only value of <see cref="ActiveSlot"/>: a unique index on it lets one run at a time be active.</summary>
    public const int Active = 1;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Runs are numbered 1, 2, 3…; unique, so the latest score of a model is the one of the highest number.</summary>
    public int Number { get; set; }

    public AssessmentRunStatus Status { get; set; } = AssessmentRunStatus.Queued;

    /// <summary>1 while queued or running, null once finished; unique, so a second active run cannot be stored.</summary>
    public int? ActiveSlot { get; set; } = Active;

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The assessment moment: every rule of the run is evaluated at this instant.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The last time a batch was saved; a running run silent for long was abandoned by its node.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    public int Total { get; set; }

    public int Done { get; set; }

    public int Opened { get; set; }

    public int Reopened { get; set; }

    public int Resolved { get; set; }

    /// <summary>The key of the last model whose batch is saved; the next batch starts after it, in key order.</summary>
    public string? Cursor { get; set; }

    /// <summary>The portfolio's mean score at the end of the run; null until it succeeds.</summary>
    public int? AverageScore { get; set; }

    public string? Error { get; set; }

    public bool IsActive => Status is AssessmentRunStatus.Queued or AssessmentRunStatus.Running;
}
