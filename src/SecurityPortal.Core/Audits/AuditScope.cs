using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// Which models a plan audits: the models named, or else every model matching the rule (risk tiers and owner teams;
/// an empty list matches all). A rule is resolved each time a cycle's audits are created, so models registered since
/// join the next cycle and models moved to another team leave it.
/// </summary>
public sealed record AuditScope(IReadOnlySet<Guid> Models, IReadOnlySet<RiskTier> RiskTiers, IReadOnlySet<Guid> Teams)
{
    public static AuditScope Explicit(IEnumerable<Guid> models) => new(models.ToHashSet(), new HashSet<RiskTier>(), new HashSet<Guid>());

    public static AuditScope Rule(IEnumerable<RiskTier> riskTiers, IEnumerable<Guid> teams) => new(new HashSet<Guid>(), riskTiers.ToHashSet(), teams.ToHashSet());

    public bool IsExplicit => Models.Count > 0;

    public bool Includes(Guid modelId, RiskTier riskTier, Guid ownerTeamId) => IsExplicit
        ? Models.Contains(modelId)
        : (RiskTiers.Count == 0 || RiskTiers.Contains(riskTier)) && (Teams.Count == 0 || Teams.Contains(ownerTeamId));
}
