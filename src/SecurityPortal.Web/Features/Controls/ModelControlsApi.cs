using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>A model's control statuses and evidence: read with <c>models.read</c>, changed with <c>controls.write</c>.</summary>
public static class ModelControlsApi
{
    public static void MapModelControlsApi(this RouteGroupBuilder v1)
    {
        var read = ApiPolicies.For(ApiScopes.ModelsRead);
        var write = ApiPolicies.For(ApiScopes.ControlsWrite);
        var controls = v1.MapGroup("/models/{key}/controls");

        controls.MapGet("/", (string key, ModelControls service, CancellationToken ct) => service.ListAsync(key, ct))
            .WithSummary("Every control that applies to the model, with its status, review and evidence.")
            .RequireAuthorization(read);

        controls.MapPut("/{code}", (string key, string code, SetControlStatusRequest request, ModelControls service, CancellationToken ct) =>
                service.SetStatusAsync(key, code, request, ct))
            .WithSummary("Sets or confirms a control's status; NotApplicable and Partial need a justification.")
            .RequireAuthorization(write);

        controls.MapPost("/{code}/evidence", (string key, string code, AddEvidenceRequest request, ModelControls service, CancellationToken ct) =>
                service.AddEvidenceAsync(key, code, request, ct))
            .WithSummary("Attaches a link or a note.")
            .RequireAuthorization(write);

        // API-key callers only (see the policy), so a form post from another site cannot reach it with a cookie.
        controls.MapPost("/{code}/evidence/file", async (string key, string code, IFormFile file, [Microsoft.AspNetCore.Mvc.FromForm] string? title, [Microsoft.AspNetCore.Mvc.FromForm] DateTimeOffset? expiresAt, ModelControls service, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                return await service.UploadAsync(key, code, title, file.FileName, content, expiresAt, ct);
            })
            .DisableAntiforgery()
            .WithSummary("Uploads an evidence file (multipart form: file, title, expiresAt); the content decides the type.")
            .RequireAuthorization(write);

        v1.MapGet("/evidence/{id:guid}/file", DownloadAsync)
            .WithSummary("An evidence file, always as an attachment.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .RequireAuthorization(read);
    }

    /// <summary>The people-facing download behind the model page's evidence links (cookie sign-in).</summary>
    public static void MapEvidenceDownloads(this WebApplication app)
    {
        app.MapGet("/evidence/{id:guid}/file", DownloadAsync)
            .RequireAuthorization(PortalPolicies.ViewModels)
            .AddEndpointFilter<Api.ApiErrors>();
    }

    private static async Task<IResult> DownloadAsync(Guid id, ModelControls service, HttpContext http, CancellationToken ct)
    {
        var file = await service.DownloadAsync(id, ct);
        // Never rendered in the browser, whatever the type: an attachment, with sniffing off (set for every response).
        http.Response.Headers["X-Content-SHA256"] = file.Sha256;
        return Results.File(file.Content, file.MediaType, file.FileName, enableRangeProcessing: false);
    }
}
