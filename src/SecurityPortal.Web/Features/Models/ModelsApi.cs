using SecurityPortal.Core.ApiKeys;
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

        models.MapGet("/", (string? search, int? page, int? pageSize, ModelInventory inventory, CancellationToken ct) =>
                inventory.ListAsync(search, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(read);

        models.MapGet("/{key}", (string key, ModelInventory inventory, CancellationToken ct) => inventory.GetAsync(key, ct))
            .RequireAuthorization(read);

        models.MapGet("/{key}/versions", (string key, ModelVersions versions, CancellationToken ct) => versions.ListAsync(key, ct))
            .RequireAuthorization(read);

        models.MapPost("/{key}/versions", async (string key, NewVersionRequest request, ModelVersions versions, CancellationToken ct) =>
            {
                var version = await versions.RegisterAsync(key, request, ct);
                return TypedResults.Created($"/api/v1/models/{key}/versions/{version.Version}", version);
            })
            .RequireAuthorization(write);

        models.MapPost("/{key}/versions/{version}/approve", (string key, string version, ModelVersions versions, CancellationToken ct) =>
                versions.ApproveAsync(key, version, ct))
            .RequireAuthorization(write);

        models.MapPost("/{key}/deployments", async (string key, DeployRequest request, ModelDeployments deployments, CancellationToken ct) =>
            {
                var (deployment, created) = await deployments.DeployAsync(key, request, ct);
                return created
                    ? Results.Created($"/api/v1/models/{key}/deployments/{deployment.Environment}", deployment)
                    : Results.Ok(deployment);
            })
            .RequireAuthorization(write);

        models.MapPost("/{key}/rollback", (string key, RollbackRequest request, ModelDeployments deployments, CancellationToken ct) =>
                deployments.RollbackAsync(key, request, ct))
            .RequireAuthorization(write);

        models.MapGet("/{key}/deployments/{environment}", async (string key, string environment, DateTimeOffset? at, ModelDeployments deployments, CancellationToken ct) =>
                at is { } instant
                    ? Results.Ok(await deployments.VersionAtAsync(key, environment, instant, ct))
                    : Results.Ok(await deployments.CurrentAsync(key, environment, ct)))
            .RequireAuthorization(read);

        models.MapGet("/{key}/deployments/{environment}/history", (string key, string environment, ModelDeployments deployments, CancellationToken ct) =>
                deployments.HistoryAsync(key, environment, ct))
            .RequireAuthorization(read);
    }
}
