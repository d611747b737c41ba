using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// Courses and assignments for integrators: the LMS posts completions, HR or the LMS reads who is behind. Read with
/// <c>training.read</c>, changed with <c>training.write</c>. API keys act for the organisation, not for one team; the
/// use cases behind these endpoints are the ones the pages call, with the same checks.
/// </summary>
public static class TrainingApi
{
    public static void MapTrainingApi(this RouteGroupBuilder v1)
    {
        var read = ApiPolicies.For(ApiScopes.TrainingRead);
        var write = ApiPolicies.For(ApiScopes.TrainingWrite);
        var training = v1.MapGroup("/training");

        training.MapGet("/courses", (CourseCatalogue catalogue, CancellationToken ct) => catalogue.ListAsync(ct))
            .WithSummary("Every course, with whom it is mandatory for.")
            .RequireAuthorization(read);
        training.MapPost("/courses", async (NewCourseRequest request, CourseCatalogue catalogue, CancellationToken ct) =>
            {
                var course = await catalogue.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/training/courses/{course.Code}", course);
            })
            .WithSummary("Adds a course; a mandatory one is assigned at once to everyone it applies to.")
            .RequireAuthorization(write);

        training.MapGet("/assignments", ([AsParameters] AssignmentListFilter filter, int? page, int? pageSize, TrainingProgress progress, CancellationToken ct) =>
                progress.ListAsync(filter, page ?? 1, pageSize ?? 50, ct))
            .WithSummary("Assignments: open ones first, soonest due first. user is an e-mail, team a team's name, course a code; status is Assigned, Completed or Failed.")
            .RequireAuthorization(read);
        training.MapGet("/assignments/{id:guid}", (Guid id, TrainingDesk desk, CancellationToken ct) => desk.GetAsync(id, ct))
            .RequireAuthorization(read);
        training.MapPost("/assignments", (AssignTrainingRequest request, TrainingDesk desk, CancellationToken ct) => desk.AssignAsync(request, ct))
            .WithSummary("Assigns a course to one person (userEmail) or to every member of a team (team), due on dueAt. People who still owe it are listed as alreadyAssigned.")
            .RequireAuthorization(write);
        training.MapPost("/assignments/{id:guid}/complete", (Guid id, CompleteTrainingRequest request, TrainingDesk desk, CancellationToken ct) => desk.CompleteAsync(id, request, ct))
            .WithSummary("Records a completion from the LMS: completedAt, and score for scored courses (below the pass mark it is recorded as Failed and stays open). 409 once completed.")
            .RequireAuthorization(write);
    }

    /// <summary>The people-facing CSV behind the team view's Export button (cookie sign-in, not an API key).</summary>
    public static void MapTrainingDownloads(this WebApplication app)
    {
        app.MapGet("/training/assignments.csv", async ([AsParameters] AssignmentListFilter filter, TrainingProgress progress, TimeProvider clock, CancellationToken ct) =>
            {
                var csv = await progress.ExportCsvAsync(filter, ct);
                var name = $"training-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
                return Api.CsvDownload.File(csv, name);
            })
            .RequireAuthorization(PortalPolicies.ViewTrainingProgress)
            .AddEndpointFilter<Api.ApiErrors>();
    }
}
