using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Models;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

/// <summary>The model-inventory API used by CI/CD pipelines (contract in the Models issue and docs/permissions.md).</summary>
public static class ModelsApi
{
    public static void MapModelsApi(this RouteGroupBuilder v1)
    {
        var models = v1.MapGroup("/models");
        var read = ApiPolicies.For(ApiScopes.ModelsRead);
        var write = ApiPolicies.For(ApiScopes.ModelsWrite);

        models.MapPost("/", async (NewModelRequest request, ModelInventory inventory, CancellationToken ct) =>
            {
                var model = await inventory.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/models/{model.Key}", model);
            })
            .RequireAuthorization(write);

        models.MapGet("/", async ([AsParameters] ModelListFilter filter, int? page, int? pageSize, ModelInventory inventory, CancellationToken ct) =>
                await inventory.ListAsync(await inventory.ParseQueryAsync(filter, ct), page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(read);

        models.MapGet("/export", ExportAsync)
            .WithSummary("The filtered inventory as CSV (the same filters as the list).")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .RequireAuthorization(read);

        models.MapPost("/import", async (HttpRequest http, bool? dryRun, bool? skipRowsWithErrors, ModelImport import, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Body);
                var csv = await reader.ReadToEndAsync(ct);
                return dryRun == true
                    ? Results.Ok(await import.PreviewAsync(csv, ct))
                    : Results.Ok(await import.ApplyAsync(csv, skipRowsWithErrors == true, ct));
            })
            .Accepts<string>("text/csv")
            .WithSummary("Imports models from CSV, all or nothing unless skipRowsWithErrors. With dryRun=true it answers the preview (each row's outcome, a ModelImportPreview) and writes nothing.")
            .Produces<ModelImportResult>()
            .RequireAuthorization(write);

        models.MapGet("/{key}", (string key, ModelInventory inventory, CancellationToken ct) => inventory.GetAsync(key, ct))
            .RequireAuthorization(read);

        models.MapPut("/{key}", (string key, ModelUpdateRequest request, ModelInventory inventory, CancellationToken ct) =>
                inventory.UpdateAsync(key, request, ct))
            .RequireAuthorization(write);

        models.MapGet("/{key}/versions", (string key, ModelVersions versions, CancellationToken ct) => versions.ListAsync(key, ct))
            .RequireAuthorization(read);

        models.MapPost("/{key}/versions", async (string key, NewVersionRequest request, ModelVersions versions, CancellationToken ct) =>
            {
                var version = await versions.RegisterAsync(key, request, ct);
                return TypedResults.Created($"/api/v1/models/{key}/versions/{version.Version}", version);
            })
            .RequireAuthorization(write);

        // An optional ?concurrencyToken= (from the version as the reviewer read it) refuses to approve a
        // version corrected since.
        models.MapPost("/{key}/versions/{version}/approve", (string key, string version, Guid? concurrencyToken, ModelVersions versions, CancellationToken ct) =>
                versions.ApproveAsync(key, version, concurrencyToken, ct))
            .RequireAuthorization(write);

        models.MapPut("/{key}/versions/{version}", (string key, string version, NewVersionRequest request, ModelVersions versions, CancellationToken ct) =>
                versions.UpdateAsync(key, version, request, ct))
            .RequireAuthorization(write);

        models.MapPost("/{key}/versions/{version}/submit", (string key, string version, ModelVersions versions, CancellationToken ct) =>
                versions.MoveAsync(key, version, ModelVersionState.InReview, cancellationToken: ct))
            .RequireAuthorization(write);

        models.MapPost("/{key}/versions/{version}/retire", (string key, string version, ModelVersions versions, CancellationToken ct) =>
                versions.MoveAsync(key, version, ModelVersionState.Retired, cancellationToken: ct))
            .RequireAuthorization(write);

        models.MapPost("/{key}/deployments", async (string key, DeployRequest request, ModelDeployments deployments, CancellationToken ct) =>
            {
                var (deployment, created) = await deployments.DeployAsync(key, request, ct);
                return created
                    ? Results.Created($"/api/v1/models/{key}/deployments/{deployment.Environment}", deployment)
                    : Results.Ok(deployment);
            })
            .WithSummary("Deploys an approved version to an environment: 201 when the deployment is new, 200 when it changed or was already so (unchanged says which).")
            .Produces<DeploymentResponse>(StatusCodes.Status201Created)
            .Produces<DeploymentResponse>()
            .RequireAuthorization(write);

        models.MapPost("/{key}/rollback", (string key, RollbackRequest request, ModelDeployments deployments, CancellationToken ct) =>
                deployments.RollbackAsync(key, request, ct))
            .RequireAuthorization(write);

        models.MapGet("/{key}/deployments/{environment}", async (string key, string environment, DateTimeOffset? at, ModelDeployments deployments, CancellationToken ct) =>
                at is { } instant
                    ? Results.Ok(await deployments.VersionAtAsync(key, environment, instant, ct))
                    : Results.Ok(await deployments.CurrentAsync(key, environment, ct)))
            .WithSummary("What runs in an environment now; with ?at= what ran at that moment (a VersionAtResponse).")
            .Produces<DeploymentResponse>()
            .RequireAuthorization(read);

        models.MapGet("/{key}/deployments/{environment}/history", (string key, string environment, ModelDeployments deployments, CancellationToken ct) =>
                deployments.HistoryAsync(key, environment, ct))
            .RequireAuthorization(read);
    }

    /// <summary>The people-facing CSV download behind the inventory's Export button (cookie sign-in, not an API key).</summary>
    public static void MapModelsDownloads(this WebApplication app)
    {
        app.MapGet("/models/export.csv", ExportAsync)
            .RequireAuthorization(PortalPolicies.ViewModels)
            .AddEndpointFilter<Api.ApiErrors>();
    }

    private static async Task<IResult> ExportAsync([AsParameters] ModelListFilter filter, ModelInventory inventory, TimeProvider clock, CancellationToken ct)
    {
        var csv = await inventory.ExportCsvAsync(await inventory.ParseQueryAsync(filter, ct), ct);
        var name = $"models-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
        // A BOM makes Excel read the file as UTF-8 instead of the local code page.
        return Api.CsvDownload.File(csv, name);
    }
}
