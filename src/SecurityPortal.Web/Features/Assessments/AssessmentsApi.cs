using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>Assessment runs and findings for integrators: read with <c>assessments.read</c>, started and worked with <c>assessments.write</c>.</summary>
public static class AssessmentsApi
{
    public static void MapAssessmentsApi(this RouteGroupBuilder v1)
    {
        var read = ApiPolicies.For(ApiScopes.AssessmentsRead);
        var write = ApiPolicies.For(ApiScopes.AssessmentsWrite);

        var runs = v1.MapGroup("/assessments/runs");
        runs.MapPost("/", async (AssessmentRuns service, CancellationToken ct) =>
            {
                var run = await service.StartAsync(ct);
                return TypedResults.Accepted($"/api/v1/assessments/runs/{run.Id}", new AssessmentRunStarted(run.Id));
            })
            .WithSummary("Starts an assessment of every model now; 409 while another run is queued or running.")
            .RequireAuthorization(write);
        runs.MapGet("/", (AssessmentRuns service, int? take, CancellationToken ct) => service.LatestAsync(take ?? 20, ct))
            .WithSummary("The latest runs, newest first.")
            .RequireAuthorization(read);
        runs.MapGet("/{id:guid}", (Guid id, AssessmentRuns service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithSummary("One run with its progress and counts.")
            .RequireAuthorization(read);

        var findings = v1.MapGroup("/findings");
        findings.MapGet("/", ([AsParameters] FindingListFilter filter, int? page, int? pageSize, FindingBoard board, CancellationToken ct) =>
                board.ListAsync(FindingBoard.Parse(filter), page ?? 1, pageSize ?? 50, ct))
            .WithSummary("Findings, most severe and soonest due first.")
            .RequireAuthorization(read);
        findings.MapGet("/{id:guid}", (Guid id, FindingDesk desk, CancellationToken ct) => desk.GetAsync(id, ct))
            .RequireAuthorization(read);
        findings.MapPost("/{id:guid}/owner", (Guid id, AssignFindingRequest request, FindingDesk desk, CancellationToken ct) => desk.AssignAsync(id, request, ct))
            .WithSummary("Assigns the finding to an active person (null unassigns).")
            .RequireAuthorization(write);
        findings.MapPost("/{id:guid}/risk-acceptance", (Guid id, RiskAcceptanceRequest request, FindingDesk desk, CancellationToken ct) =>
                desk.RequestRiskAcceptanceAsync(id, request, ct))
            .WithSummary("Asks to accept the risk until a date; someone else must approve it.")
            .RequireAuthorization(write);
        findings.MapPost("/{id:guid}/risk-acceptance/decision", (Guid id, RiskDecisionRequest request, FindingDesk desk, CancellationToken ct) =>
                desk.DecideRiskAcceptanceAsync(id, request, ct))
            .WithSummary("Approves or declines a pending risk acceptance (not by the one who asked).")
            .RequireAuthorization(write);
        findings.MapPost("/{id:guid}/resolution", (Guid id, ResolveFindingRequest request, FindingDesk desk, CancellationToken ct) => desk.ResolveAsync(id, request, ct))
            .WithSummary("Resolves by hand with a note; an automated finding whose condition holds reopens on the next run.")
            .RequireAuthorization(write);
    }
}
