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
            if (deployment.CurrentVersionId == version.Id && Matches(deployment, endpoint!, authMode, request))
            {
                // A retried or repeated deploy of what already runs, as it runs: nothing to change or record.
                return (ToResponse(modelKey, deployment, version.Version, unchanged: true), false);
            }

            // A redeploy of the running version may change no column, and EF would then skip the row and its
            // token check. Touching it makes the save fail when someone deployed here meanwhile, so the history
            // never records a version that did not run.
            db.Entry(deployment).Property(d => d.CurrentVersionId).IsModified = true;
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
        // A racing deploy to the same environment answers 409: a stale token, or the environment's row
        // created by someone else a moment ago.
        await db.SaveOrConflictAsync($"Someone deployed '{modelKey}' to {environment} a moment ago; look at what runs there now.", cancellationToken);
        return (ToResponse(modelKey, deployment, version.Version, unchanged: false), created);
    }

    private static bool Matches(Deployment d, Uri endpoint, ServingAuthMode authMode, DeployRequest request) =>
        d.Endpoint == endpoint.ToString() && d.AuthMode == authMode && d.InputValidation == request.InputValidation
        && d.Monitoring == request.Monitoring && d.SecurityLogging == request.Logging && d.Tls == request.Tls && d.RateLimiting == request.RateLimiting;

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
        var reason = RollbackReason.Check(errors, request.Reason);

        if (string.IsNullOrWhiteSpace(request.ExpectedVersion) && string.IsNullOrWhiteSpace(request.ToVersion))
        {
            errors.Add("expectedVersion", "Say which version you see running (expectedVersion) or which to put back (toVersion), so a retried request cannot roll back twice.");
        }

        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, model.OwnerTeamId, "this model", cancellationToken);
        var situation = await RollbackSituationAsync(db, model.Id, environment, cancellationToken)
            ?? throw new ConflictException($"'{modelKey}' is not deployed to {environment}; there is nothing to roll back.");
        var (deployment, versions, current, defaultTarget, _) = situation;
        if (request.ExpectedVersion?.Trim() is { Length: > 0 } expected && expected != current.Version)
        {
            // The rollback asked for already happened (a retry after a lost answer): say so, change nothing.
            if (situation.LastEvent is { Kind: DeploymentEventKind.Rollback } last && last.FromVersion == expected && last.ToVersion == current.Version
                && (request.ToVersion is null || request.ToVersion == current.Version))
            {
                return ToResponse(modelKey, deployment, current.Version, unchanged: true);
            }

            throw new ConflictException($"{environment} runs {current.Version} now, not {expected}; look at its history before rolling back.");
        }

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
            // Already there (a retry of a rollback to this version): nothing to change or record.
            return ToResponse(modelKey, deployment, current.Version, unchanged: true);
        }

        deployment.CurrentVersionId = target.Id;
        db.DeploymentEvents.Add(Event(model.Id, environment, DeploymentEventKind.Rollback, current.Version, target.Version, reason));
        var response = ToResponse(modelKey, deployment, target.Version, unchanged: false);
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
            // Ids are time-ordered (version 7): two events in the same tick keep their order.
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Select(e => e.ToVersion)
            .FirstOrDefaultAsync(cancellationToken);
        return new VersionAtResponse(modelKey, environment, at, version);
    }

    public async Task<IReadOnlyList<DeploymentEventResponse>> HistoryAsync(string modelKey, string environmentName, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        var environment = ParseEnvironment(environmentName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        return await db.DeploymentEvents.AsNoTracking()
            .Where(e => e.ModelId == model.Id && e.Environment == environment)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new DeploymentEventResponse(e.Kind, e.FromVersion, e.ToVersion, e.Reason, e.Actor, e.OccurredAt))
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
        var events = await db.DeploymentEvents.AsNoTracking()
            .Where(e => e.ModelId == modelId && e.Environment == environment)
            .ToListAsync(cancellationToken);
        var history = events.Select(e => new DeploymentRecord(e.OccurredAt, e.FromVersion, e.ToVersion)).ToList();
        var defaultTarget = DeploymentHistory.DefaultRollbackTarget(
            history, current.Version, v => versions.Any(x => x.Version == v && x.State == ModelVersionState.Retired));
        var last = events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).LastOrDefault();
        return new RollbackSituation(deployment, versions, current, defaultTarget, last);
    }

    private sealed record RollbackSituation(Deployment Deployment, List<ModelVersion> Versions, ModelVersion Current, string? DefaultTarget, DeploymentEvent? LastEvent);

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

    private static DeploymentResponse ToResponse(string modelKey, Deployment d, string version, bool unchanged = false) =>
        new(modelKey, d.Environment, version, d.Endpoint, d.AuthMode, d.InputValidation, d.Monitoring, d.SecurityLogging, d.Tls, d.RateLimiting, d.ModifiedAt, unchanged);
}
