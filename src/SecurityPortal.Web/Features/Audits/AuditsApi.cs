using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>Audit plans and audits for integrators: read with <c>audits.read</c>, planned, worked and signed off with <c>audits.write</c>.</summary>
public static class AuditsApi
{
    public static void MapAuditsApi(this RouteGroupBuilder v1)
    {
        var read = ApiPolicies.For(ApiScopes.AuditsRead);
        var write = ApiPolicies.For(ApiScopes.AuditsWrite);

        var plans = v1.MapGroup("/audit-plans");
        plans.MapGet("/", (AuditPlanning planning, CancellationToken ct) => planning.ListAsync(ct))
            .WithSummary("Every audit plan with its scope and next due date.")
            .RequireAuthorization(read);
        plans.MapGet("/{id:guid}", (Guid id, AuditPlanning planning, CancellationToken ct) => planning.GetAsync(id, ct))
            .RequireAuthorization(read);
        plans.MapPost("/", async (NewAuditPlanRequest request, AuditPlanning planning, CancellationToken ct) =>
            {
                var plan = await planning.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/audit-plans/{plan.Id}", plan);
            })
            .WithSummary("Creates a plan; the audits of its current cycle, if open, are created at once.")
            .RequireAuthorization(write);

        var audits = v1.MapGroup("/audits");
        audits.MapGet("/", ([AsParameters] AuditListFilter filter, int? page, int? pageSize, AuditBoard board, CancellationToken ct) =>
                board.ListAsync(AuditBoard.Parse(filter), page ?? 1, pageSize ?? 50, ct))
            .WithSummary("Audits: overdue and soonest due first, signed-off ones last. Status is Scheduled, InProgress, Overdue or SignedOff.")
            .RequireAuthorization(read);
        audits.MapGet("/{id:guid}", (Guid id, AuditDesk desk, CancellationToken ct) => desk.GetAsync(id, ct))
            .WithSummary("One audit with its checklist, findings and sign-off.")
            .RequireAuthorization(read);
        audits.MapPut("/{id:guid}/items/{controlCode}", (Guid id, string controlCode, AuditItemRequest request, AuditDesk desk, CancellationToken ct) =>
                desk.AnswerAsync(id, controlCode, request, ct))
            .WithSummary("Answers one checklist item: Pass, Fail or NotApplicable (with a justification). 409 once signed off.")
            .RequireAuthorization(write);
        audits.MapPost("/{id:guid}/start-from-last-cycle", (Guid id, AuditDesk desk, CancellationToken ct) => desk.StartFromLastCycleAsync(id, ct))
            .WithSummary("Copies the model's last signed-off answers as a draft; items whose facts changed since then are marked and left to answer.")
            .RequireAuthorization(write);
        audits.MapPost("/{id:guid}/findings", (Guid id, AuditFindingRequest request, AuditDesk desk, CancellationToken ct) => desk.RaiseFindingAsync(id, request, ct))
            .WithSummary("Raises a finding from a failed item, due by the severity policy.")
            .RequireAuthorization(write);
        audits.MapPost("/{id:guid}/sign-off", (Guid id, AuditSignOffRequest request, AuditDesk desk, CancellationToken ct) => desk.SignOffAsync(id, request, ct))
            .WithSummary("Signs the audit off with a conclusion once every item is answered; it is locked from then on.")
            .RequireAuthorization(write);
    }
}
