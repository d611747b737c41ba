using System.Collections.Frozen;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// One control of the catalogue: what must be true, how a team gets there, how the portal finds out, where it
/// applies, and which framework items it answers. A control without limits applies to every risk tier and
/// every environment, so a new control is never silently out of scope.
/// </summary>
public sealed record SecurityControl
{
    private static readonly FrozenSet<RiskTier> EveryRiskTier = Enum.GetValues<RiskTier>().ToFrozenSet();
    private static readonly FrozenSet<DeploymentEnvironment> EveryEnvironment = Enum.GetValues<DeploymentEnvironment>().ToFrozenSet();

    /// <summary>
    /// <c>SP-NN.M</c>: the practice's code prefix and the control's place within the practice. Findings,
    /// evidence and exports refer to controls by code, so a code keeps its meaning once published.
    /// </summary>
    public required string Code { get; init; }

    public required SecurityPractice Practice { get; init; }

    public required string Title { get; init; }

    /// <summary>One sentence: what is true when the control is met.</summary>
    public required string Objective { get; init; }

    /// <summary>One or two sentences on how teams usually meet it and what counts as evidence.</summary>
    public required string Guidance { get; init; }

    /// <summary>The <see cref="AssessmentRuleKey"/> rule that decides the control; null when a person attests it.</summary>
    public string? RuleKey { get; init; }

    /// <summary>Derived from <see cref="RuleKey"/>, so an automatic control without a rule cannot be written down.</summary>
    public ControlCheck Check => RuleKey is null ? ControlCheck.Attested : ControlCheck.Automatic;

    public IReadOnlySet<RiskTier> AppliesToRiskTiers { get; init; } = EveryRiskTier;

    public IReadOnlySet<DeploymentEnvironment> AppliesToEnvironments { get; init; } = EveryEnvironment;

    /// <summary>The framework items the control answers, resolved through <see cref="FrameworkCatalogue"/>.</summary>
    public required IReadOnlyList<FrameworkItemRef> Mappings { get; init; }

    /// <summary>
    /// True when a model of <paramref name="tier"/> running in <paramref name="environment"/> must meet the control.
    /// A null environment asks about the model as a whole (training, audits, incidents): then only the tier decides.
    /// </summary>
    public bool AppliesTo(RiskTier tier, DeploymentEnvironment? environment) =>
        AppliesToRiskTiers.Contains(tier) && (environment is null || AppliesToEnvironments.Contains(environment.Value));
}
