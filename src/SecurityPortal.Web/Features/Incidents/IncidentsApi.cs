using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>The incidents API: monitoring systems open incidents; responders read and move them.</summary>
public static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder v1)
    {
        var incidents = v1.MapGroup("/incidents");
        var read = ApiPolicies.For(ApiScopes.IncidentsRead);
        var write = ApiPolicies.For(ApiScopes.IncidentsWrite);

        incidents.MapPost("/", async (NewIncidentRequest request, IncidentDesk desk, CancellationToken ct) =>
            {
                var incident = await desk.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/incidents/{incident.Ref}", incident);
            })
            .RequireAuthorization(write);

        incidents.MapGet("/", ([AsParameters] IncidentListFilter filter, int? page, int? pageSize, IncidentBoard board, CancellationToken ct) =>
                board.ListAsync(IncidentBoard.Parse(filter), page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(read);

        incidents.MapGet("/metrics", (IncidentBoard board, CancellationToken ct) => board.MetricsAsync(ct))
            .RequireAuthorization(read);

        incidents.MapGet("/{incidentRef}", (string incidentRef, IncidentDesk desk, CancellationToken ct) => desk.GetAsync(incidentRef, ct))
            .RequireAuthorization(read);

        incidents.MapPut("/{incidentRef}", (string incidentRef, IncidentEditRequest request, IncidentDesk desk, CancellationToken ct) =>
                desk.UpdateAsync(incidentRef, request, ct))
            .RequireAuthorization(write);

        incidents.MapPost("/{incidentRef}/transitions", (string incidentRef, TransitionRequest request, IncidentDesk desk, CancellationToken ct) =>
                desk.TransitionAsync(incidentRef, request, ct))
            .RequireAuthorization(write);

        incidents.MapPost("/{incidentRef}/timeline", (string incidentRef, CommentRequest request, IncidentDesk desk, CancellationToken ct) =>
                desk.CommentAsync(incidentRef, request, ct))
            .RequireAuthorization(write);

        incidents.MapPost("/{incidentRef}/assignment", (string incidentRef, AssignRequest request, IncidentDesk desk, CancellationToken ct) =>
                desk.AssignAsync(incidentRef, request, ct))
            .RequireAuthorization(write);

        incidents.MapPost("/{incidentRef}/rollback", (string incidentRef, IncidentRollbackRequest request, IncidentDesk desk, CancellationToken ct) =>
                desk.RollBackAffectedModelAsync(incidentRef, request, ct))
            .RequireAuthorization(write);

        incidents.MapPost("/{incidentRef}/reported", (string incidentRef, ReportSentRequest request, IncidentDesk desk, CancellationToken ct) =>
                desk.MarkReportedAsync(incidentRef, request, ct))
            .RequireAuthorization(write);
    }
}
