using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>Filters as they arrive from the address or the API; <see cref="ControlCatalogueView.Parse"/> checks them.</summary>
public sealed record ControlListFilter(string? Practice = null, string? Framework = null, string? Search = null);

/// <summary>A checked filter: no value means no filter.</summary>
public sealed record ControlQuery(SecurityPractice? Practice = null, Framework? Framework = null, string? Search = null);

public sealed record FrameworkItemResponse(Framework Framework, string Id, string Title);

public sealed record ControlResponse(
    string Code,
    SecurityPractice Practice,
    string PracticeTitle,
    string Title,
    string Objective,
    string Guidance,
    ControlCheck Check,
    string? RuleKey,
    IReadOnlyList<RiskTier> RiskTiers,
    IReadOnlyList<DeploymentEnvironment> Environments,
    IReadOnlyList<FrameworkItemResponse> Mappings);

public sealed record CoveredItemResponse(string Id, string Title, IReadOnlyList<string> Controls);

/// <summary>One framework against the catalogue: which of its items some control answers, and which none does.</summary>
public sealed record CoverageResponse(
    Framework Framework,
    string Name,
    int Items,
    int CoveredItems,
    double Percent,
    IReadOnlyList<CoveredItemResponse> Covered,
    IReadOnlyList<FrameworkItemResponse> Uncovered);
