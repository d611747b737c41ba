using SecurityPortal.Core.Training;

namespace SecurityPortal.Web.Features.Training;

/// <summary>A new course as the form and the API send it; checked by <see cref="CourseDetails.Parse"/>.</summary>
public sealed record NewCourseRequest(
    string? Code,
    string? Title,
    string? Description,
    string? Link,
    int? DurationMinutes,
    int? RecurrenceMonths = null,
    int? PassingScore = null,
    IReadOnlyList<string>? MandatoryForRoles = null,
    IReadOnlyList<string>? MandatoryForTeams = null);

public sealed record CourseResponse(
    Guid Id,
    string Code,
    string Title,
    string Description,
    string? Link,
    int DurationMinutes,
    int? RecurrenceMonths,
    int? PassingScore,
    IReadOnlyList<string> MandatoryForRoles,
    IReadOnlyList<string> MandatoryForTeams,
    bool Active);

/// <summary>Assign a course to one person (<see cref="UserEmail"/>) or to a whole team (<see cref="Team"/>, by name), not both.</summary>
public sealed record AssignTrainingRequest(string? CourseCode, string? UserEmail, string? Team, DateOnly? DueAt);

/// <summary>What an assignment request did: who got the course now, and who already owed it and was left alone.</summary>
public sealed record AssignTrainingResult(IReadOnlyList<AssignmentResponse> Assigned, IReadOnlyList<string> AlreadyAssigned);

/// <summary>A completion from the LMS (or the person): when, and the score for scored courses.</summary>
public sealed record CompleteTrainingRequest(DateTimeOffset? CompletedAt, int? Score, bool Attested = false);

public sealed record AssignmentResponse(
    Guid Id,
    string CourseCode,
    string CourseTitle,
    string UserEmail,
    string? Team,
    DateOnly DueAt,
    AssignmentStatus Status,
    bool Overdue,
    DateTimeOffset? CompletedAt,
    int? Score,
    int? PassingScore,
    DateOnly? ExpiresOn,
    AssignmentSource Source,
    DateTimeOffset AssignedAt,
    DateTimeOffset? StartedAt,
    string? Link,
    int DurationMinutes);

/// <summary>The assignments list's filters as they arrive by name (query string, page address).</summary>
public sealed record AssignmentListFilter(
    string? User = null,
    string? Team = null,
    string? Course = null,
    string? Status = null,
    bool? Overdue = null);

/// <summary>Completion of one team or one course: how many current obligations, how many met, how many overdue.</summary>
public sealed record CompletionFigure(string Name, int Assigned, int Completed, int Overdue)
{
    public int Percent => Core.Training.CompletionRate.Percent(Completed, Assigned);
}

/// <summary>The team view: rates per team and per course, the overdue list, who never started, and the weekly trend.</summary>
public sealed record TrainingProgressView(
    CompletionFigure Overall,
    IReadOnlyList<CompletionFigure> Teams,
    IReadOnlyList<CompletionFigure> Courses,
    IReadOnlyList<AssignmentResponse> Overdue,
    IReadOnlyList<AssignmentResponse> NeverStarted,
    IReadOnlyList<CompletionPoint> Trend);

/// <summary>Someone who may approve a model's versions, and whether the training gate lets them.</summary>
public sealed record PossibleApprover(string Email, string DisplayName, string Role, bool TrainingCurrent, IReadOnlyList<string> MissingCourses);
