using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>PDF exports for integrators: requested with <c>exports.write</c>, followed and downloaded with <c>exports.read</c>.</summary>
public static class ExportsApi
{
    public static void MapExportsApi(this RouteGroupBuilder v1)
    {
        var exports = v1.MapGroup("/exports");
        exports.MapPost("/", async (NewExportRequest request, ExportDesk desk, CancellationToken ct) =>
            {
                var export = await desk.RequestAsync(request, ct);
                return TypedResults.Accepted($"/api/v1/exports/{export.Id}", new ExportAccepted(export.Id));
            })
            .WithSummary("Queues a PDF: { kind: \"audit\", parameters: { auditId } }. 202 with the export's id; follow it at /api/v1/exports/{id}.")
            .RequireAuthorization(ApiPolicies.For(ApiScopes.ExportsWrite));
        exports.MapGet("/{id:guid}", (Guid id, ExportDesk desk, CancellationToken ct) => desk.GetAsync(id, ct))
            .WithSummary("An export: status Queued, Running, Succeeded or Failed, and once done its SHA-256, size and pages.")
            .RequireAuthorization(ApiPolicies.For(ApiScopes.ExportsRead));
        exports.MapGet("/{id:guid}/file", async (Guid id, ExportDesk desk, CancellationToken ct) =>
            {
                var (content, name) = await desk.FileAsync(id, ct);
                return TypedResults.File(content, "application/pdf", name);
            })
            .WithSummary("The PDF of a succeeded export (409 before that).")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .RequireAuthorization(ApiPolicies.For(ApiScopes.ExportsRead));
        exports.MapPost("/verify", async (HttpRequest request, ExportVerification verification, CancellationToken ct) =>
                await verification.VerifyAsync(await ReadPdfAsync(request, ct), ct))
            .WithSummary("Checks a PDF sent as the body (application/pdf): is it one of ours, unchanged since export, and whose signature it carries.")
            .Accepts<byte[]>("application/pdf")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ExportVerification.MaxFileBytes))
            .RequireAuthorization(ApiPolicies.For(ApiScopes.ExportsRead));
    }

    /// <summary>Export schedules: listed with <c>exports.read</c>, made with <c>exports.write</c>.</summary>
    public static void MapExportSchedulesApi(this RouteGroupBuilder v1)
    {
        var schedules = v1.MapGroup("/export-schedules");
        schedules.MapGet("/", async (ExportSchedules service, CancellationToken ct) => new ExportScheduleList(await service.ListAsync(ct)))
            .WithSummary("Every export schedule with its next run and the last export it made.")
            .RequireAuthorization(ApiPolicies.For(ApiScopes.ExportsRead));
        schedules.MapPost("/", async (NewExportScheduleRequest request, ExportSchedules service, CancellationToken ct) =>
            {
                var schedule = await service.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/export-schedules/{schedule.Id}", schedule);
            })
            .WithSummary("Makes a schedule: { name, kind, parameters, cadence: Monthly|Quarterly, dayOfMonth: 1–28, recipients: [e-mail] }.")
            .RequireAuthorization(ApiPolicies.For(ApiScopes.ExportsWrite));
    }

    /// <summary>Reads the PDF in a verification request's body, refusing more than any export of ours could be.</summary>
    private static async Task<byte[]> ReadPdfAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>The people-facing download behind the Export PDF buttons and the archive (cookie sign-in, not an API key).</summary>
    public static void MapExportDownloads(this WebApplication app)
    {
        app.MapGet("/exports/{id:guid}/file", async (Guid id, ExportDesk desk, CancellationToken ct) =>
            {
                var (content, name) = await desk.FileAsync(id, ct);
                return TypedResults.File(content, "application/pdf", name);
            })
            .RequireAuthorization(PortalPolicies.ViewExports)
            .AddEndpointFilter<Api.ApiErrors>();
    }
}
