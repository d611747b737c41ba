using SecurityPortal.Core.Assessments;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>A run as the API and the pages show it.</summary>
public sealed record AssessmentRunResponse(
    Guid Id,
    int Number,
    AssessmentRunStatus Status,
    int Done,
    int Total,
    int Opened,
    int Resolved,
    int Reopened,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int? AverageScore,
    string? Error)
{
    public bool IsActive => Status is AssessmentRunStatus.Queued or AssessmentRunStatus.Running;

    public static AssessmentRunResponse From(AssessmentRun run) => new(
        run.Id, run.Number, run.Status, run.Done, run.Total, run.Opened, run.Resolved, run.Reopened,
        run.RequestedBy, run.RequestedAt, run.StartedAt, run.FinishedAt, run.AverageScore, run.Error);
}

/// <summary>The answer to <c>POST /api/v1/assessments/runs</c>: where to follow the run.</summary>
public sealed record AssessmentRunStarted(Guid Id);
