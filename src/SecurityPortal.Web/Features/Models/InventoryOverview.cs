using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Models;

/// <summary>The inventory at a glance: how much there is, and which deployments are served with gaps.</summary>
public sealed class InventoryOverview(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<InventoryFigures> LoadAsync(int worst = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var models = await db.Models.CountAsync(cancellationToken);
        var highRisk = await db.Models.CountAsync(m => m.RiskTier == RiskTier.HighRisk || m.RiskTier == RiskTier.Prohibited, cancellationToken);
        var inReview = await db.ModelVersions.CountAsync(v => v.State == ModelVersionState.InReview, cancellationToken);

        // One narrow row per deployment; the gap rule is Core's, so it runs on these rows, not in SQL.
        var deployments = await (
            from d in db.Deployments.AsNoTracking()
            join v in db.ModelVersions on d.CurrentVersionId equals v.Id
            join m in db.Models on d.ModelId equals m.Id
            select new
            {
                m.Key,
                m.Name,
                m.RiskTier,
                d.Environment,
                v.Version,
                Posture = new ServingPosture(d.AuthMode, d.Tls, d.InputValidation, d.Monitoring, d.SecurityLogging, d.RateLimiting, v.EncryptionAtRest, v.SignatureStatus),
            }).ToListAsync(cancellationToken);

        var withGaps = deployments
            .Select(d => new DeploymentGaps(d.Key, d.Name, d.RiskTier.ToString(), d.Environment, d.Version, d.Posture.Gaps()))
            .Where(d => d.Gaps.Count > 0)
            .ToList();
        var counts = Enum.GetValues<ServingGap>()
            .Select(gap => new GapCount(gap, ServingPosture.Describe(gap), withGaps.Count(d => d.Environment == DeploymentEnvironment.Production && d.Gaps.Contains(gap))))
            .Where(c => c.ProductionDeployments > 0)
            .OrderByDescending(c => c.ProductionDeployments)
            .ToList();

        // Production first, then the deployments exposing the most; the first gap is the most exposing one.
        var ranked = withGaps
            .OrderBy(d => d.Environment == DeploymentEnvironment.Production ? 0 : 1)
            .ThenBy(d => d.Gaps[0])
            .ThenByDescending(d => d.Gaps.Count)
            .ThenBy(d => d.ModelKey, StringComparer.Ordinal)
            .Take(worst)
            .ToList();

        return new InventoryFigures(
            models,
            highRisk,
            inReview,
            deployments.Count(d => d.Environment == DeploymentEnvironment.Production),
            withGaps.Count(d => d.Environment == DeploymentEnvironment.Production),
            counts,
            ranked);
    }
}

/// <summary>Counts for the dashboard and the deployments most worth a look.</summary>
public sealed record InventoryFigures(
    int Models,
    int HighRiskModels,
    int VersionsInReview,
    int ProductionDeployments,
    int ProductionDeploymentsWithGaps,
    IReadOnlyList<GapCount> ProductionGaps,
    IReadOnlyList<DeploymentGaps> Worst);

public sealed record GapCount(ServingGap Gap, string Label, int ProductionDeployments);

public sealed record DeploymentGaps(string ModelKey, string ModelName, string RiskTier, DeploymentEnvironment Environment, string Version, IReadOnlyList<ServingGap> Gaps);
