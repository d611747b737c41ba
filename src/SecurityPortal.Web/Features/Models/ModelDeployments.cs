using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

/// <summary>
/// Deploying approved versions, rolling back, and answering what runs (or ran) in an environment.
/// Every deploy and rollback writes a <see cref="DeploymentEvent"/> in the same transaction.
/// </summary>
public sealed class ModelDeployments(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, CurrentActor actor, AccessGuard guard)
{
    /// <summary>Deploys a version; returns the deployment and whether the environment was new for this model.</summary>
    private const string MayNotView = "The model inventory is for administrators, security officers, team leads and compliance officers.";
    private const string MayNotManage = "Only administrators, security officers and team leads deploy and roll back models.";

    public async Task<(DeploymentResponse Deployment, bool Created)> DeployAsync(string modelKey, DeployRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        var errors = new FieldErrors();
        var environment = errors.Enum<DeploymentEnvironment>("environment", request.Environment);
        var authMode = errors.Enum<ServingAuthMode>("authMode", request.AuthMode);
        if (!Uri.TryCreate(request.Endpoint, UriKind.Absolute, out var endpoint) || request.Endpoint!.Length > 2000)
        {
            errors.Add("endpoint", "Give the serving endpoint's absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(request.Version))
        {
            errors.Add("version", "Say which version to deploy.");
        }

        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, model.OwnerTeamId, "this model", cancellationToken);
        var version = await ModelVersions.FindAsync(db, modelKey, request.Version!, cancellationToken);
        if (version.State != ModelVersionState.Approved)
        {
            throw new ConflictException($"Version {version.Version} is {Labels.InSentence(version.State)}; only approved versions are deployed.");
        }

        var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.ModelId == version.ModelId && d.Environment == environment, cancellationToken);
        var created = deployment is null;
        string? from = null;
        if (deployment is null)
        {
            deployment = new Deployment { ModelId = version.ModelId, Environment = environment, Endpoint = endpoint!.ToString() };
            db.Deployments.Add(deployment);
        }
        else
        {
            from = await db.ModelVersions.Where(v => v.Id == deployment.CurrentVersionId).Select(v => v.Version).SingleAsync(cancellationToken);
        }

        deployment.CurrentVersionId = version.Id;
        deployment.Endpoint = endpoint!.ToString();
        deployment.AuthMode = authMode;
        deployment.InputValidation = request.InputValidation;
        deployment.Monitoring = request.Monitoring;
        deployment.SecurityLogging = request.Logging;
        deployment.Tls = request.Tls;
        deployment.RateLimiting = request.RateLimiting;
        db.DeploymentEvents.Add(Event(version.ModelId, environment, DeploymentEventKind.Deploy, from, version.Version, reason: null));
        await db.SaveChangesAsync(cancellationToken);
        return (ToResponse(modelKey, deployment, version.Version), created);
    }

    public Task<DeploymentResponse> RollbackAsync(string modelKey, RollbackRequest request, CancellationToken cancellationToken = default) =>
        RollbackAsync(modelKey, request, alongside: null, cancellationToken);

    /// <summary>
    /// Rolls back, and lets the caller add its own record of it (<paramref name="alongside"/> receives the
    /// context and the outcome) to the same save, so both land or neither does.
    /// </summary>
    public async Task<DeploymentResponse> RollbackAsync(
        string modelKey, RollbackRequest request, Action<PortalDbContext, DeploymentResponse>? alongside, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        var errors = new FieldErrors();
        var environment = errors.Enum<DeploymentEnvironment>("environment", request.Environment);
        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length is < 3 or > 1000)
        {
            errors.Add("reason", "Say why you roll back (3 to 1,000 characters); it goes into the history.");
        }

        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, model.OwnerTeamId, "this model", cancellationToken);
        var situation = await RollbackSituationAsync(db, model.Id, environment, cancellationToken)
            ?? throw new ConflictException($"'{modelKey}' is not deployed to {environment}; there is nothing to roll back.");
        var (deployment, versions, current, defaultTarget) = situation;
        var targetVersion = request.ToVersion
            ?? defaultTarget
            ?? throw new ConflictException($"No earlier version ran in {environment}; name the version to roll back to.");
        var target = versions.SingleOrDefault(v => v.Version == targetVersion)
            ?? throw new NotFoundException($"'{modelKey}' has no version {targetVersion}.");
        if (target.State != ModelVersionState.Approved)
        {
            throw new ConflictException($"Version {target.Version} is {Labels.InSentence(target.State)}; only approved versions can be rolled back to.");
        }

        if (target.Id == current.Id)
        {
            throw new ConflictException($"{environment} already runs {current.Version}.");
        }

        deployment.CurrentVersionId = target.Id;
        db.DeploymentEvents.Add(Event(model.Id, environment, DeploymentEventKind.Rollback, current.Version, target.Version, reason));
        var response = ToResponse(modelKey, deployment, target.Version);
        alongside?.Invoke(db, response);
        // A 409 when someone else deployed or rolled back this environment a moment ago.
        await db.SaveUnlessChangedAsync(cancellationToken);
        return response;
    }

    public async Task<DeploymentResponse> CurrentAsync(string modelKey, string environmentName, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        var environment = ParseEnvironment(environmentName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var deployment = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.ModelId == model.Id && d.Environment == environment, cancellationToken)
            ?? throw new NotFoundException($"'{modelKey}' is not deployed to {environment}.");
        var version = await db.ModelVersions.Where(v => v.Id == deployment.CurrentVersionId).Select(v => v.Version).SingleAsync(cancellationToken);
        return ToResponse(modelKey, deployment, version);
    }

    public async Task<VersionAtResponse> VersionAtAsync(string modelKey, string environmentName, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        var environment = ParseEnvironment(environmentName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var version = await db.DeploymentEvents.AsNoTracking()
            .Where(e => e.ModelId == model.Id && e.Environment == environment && e.OccurredAt <= at)
            .OrderByDescending(e => e.OccurredAt)
            .Select(e => e.ToVersion)
            .FirstOrDefaultAsync(cancellationToken);
        return new VersionAtResponse(modelKey, environment.ToString(), at, version);
    }

    public async Task<IReadOnlyList<DeploymentEventResponse>> HistoryAsync(string modelKey, string environmentName, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        var environment = ParseEnvironment(environmentName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        return await db.DeploymentEvents.AsNoTracking()
            .Where(e => e.ModelId == model.Id && e.Environment == environment)
            .OrderBy(e => e.OccurredAt)
            .Select(e => new DeploymentEventResponse(e.Kind.ToString(), e.FromVersion, e.ToVersion, e.Reason, e.Actor, e.OccurredAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every environment the model runs in, Development to Production.</summary>
    public async Task<IReadOnlyList<DeploymentResponse>> ListAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var rows = await db.Deployments.AsNoTracking().Where(d => d.ModelId == model.Id)
            .Join(db.ModelVersions, d => d.CurrentVersionId, v => v.Id, (d, v) => new { Deployment = d, v.Version })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Deployment.Environment).Select(r => ToResponse(modelKey, r.Deployment, r.Version)).ToList();
    }

    /// <summary>The version a rollback in <paramref name="environmentName"/> goes to when none is named.</summary>
    public async Task<string?> DefaultRollbackTargetAsync(string modelKey, string environmentName, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        var environment = ParseEnvironment(environmentName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        return (await RollbackSituationAsync(db, model.Id, environment, cancellationToken))?.DefaultTarget;
    }

    /// <summary>What a rollback in one environment starts from: the deployment, the model's versions,
    /// what runs now and the default target. Null when the model is not deployed there.</summary>
    private static async Task<RollbackSituation?> RollbackSituationAsync(
        PortalDbContext db, Guid modelId, DeploymentEnvironment environment, CancellationToken cancellationToken)
    {
        var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.ModelId == modelId && d.Environment == environment, cancellationToken);
        if (deployment is null)
        {
            return null;
        }

        var versions = await db.ModelVersions.Where(v => v.ModelId == modelId).ToListAsync(cancellationToken);
        var current = versions.Single(v => v.Id == deployment.CurrentVersionId);
        var history = await db.DeploymentEvents.AsNoTracking()
            .Where(e => e.ModelId == modelId && e.Environment == environment)
            .Select(e => new DeploymentRecord(e.OccurredAt, e.FromVersion, e.ToVersion))
            .ToListAsync(cancellationToken);
        var defaultTarget = DeploymentHistory.DefaultRollbackTarget(
            history, current.Version, v => versions.Any(x => x.Version == v && x.State == ModelVersionState.Retired));
        return new RollbackSituation(deployment, versions, current, defaultTarget);
    }

    private sealed record RollbackSituation(Deployment Deployment, List<ModelVersion> Versions, ModelVersion Current, string? DefaultTarget);

    private static DeploymentEnvironment ParseEnvironment(string name)
    {
        var errors = new FieldErrors();
        var environment = errors.Enum<DeploymentEnvironment>("environment", name);
        errors.ThrowIfAny();
        return environment;
    }

    private DeploymentEvent Event(Guid modelId, DeploymentEnvironment environment, DeploymentEventKind kind, string? from, string to, string? reason) => new()
    {
        ModelId = modelId,
        Environment = environment,
        Kind = kind,
        FromVersion = from,
        ToVersion = to,
        Reason = reason,
        OccurredAt = clock.GetUtcNow(),
        Actor = actor.Name,
    };

    private static DeploymentResponse ToResponse(string modelKey, Deployment d, string version) =>
        new(modelKey, d.Environment.ToString(), version, d.Endpoint, d.AuthMode.ToString(), d.InputValidation, d.Monitoring, d.SecurityLogging, d.Tls, d.RateLimiting, d.ModifiedAt);
}
