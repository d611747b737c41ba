using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>
/// The control catalogue and its framework coverage as the Controls page and the API show them. The catalogue
/// is the portal's own and the same for every organisation, so it is read from Core rather than the database;
/// the guard still decides who may read it, as for every other area.
/// </summary>
public sealed class ControlCatalogueView(AccessGuard guard)
{
    private const string Refusal = "Only administrators, security officers, team leads and compliance officers can see the control catalogue.";

    /// <summary>Checks filters from the address or the API; unknown practices or frameworks are field errors.</summary>
    public static ControlQuery Parse(ControlListFilter filter)
    {
        var errors = new FieldErrors();
        SecurityPractice? practice = string.IsNullOrWhiteSpace(filter.Practice) ? null : errors.Enum<SecurityPractice>("practice", filter.Practice.Trim());
        Framework? framework = string.IsNullOrWhiteSpace(filter.Framework) ? null : errors.Enum<Framework>("framework", filter.Framework.Trim());
        errors.ThrowIfAny();
        return new ControlQuery(practice, framework, string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim());
    }

    public IReadOnlyList<ControlResponse> List(ControlQuery query)
    {
        guard.Require(PortalPolicies.ViewControls, Refusal);
        return [.. ControlCatalogue.All.Where(control => Matches(control, query)).Select(ToResponse)];
    }

    public ControlResponse Get(string code)
    {
        guard.Require(PortalPolicies.ViewControls, Refusal);
        var control = ControlCatalogue.Find(code) ?? throw new NotFoundException($"There is no control {code}.");
        return ToResponse(control);
    }

    public CoverageResponse Coverage(Framework framework)
    {
        guard.Require(PortalPolicies.ViewControls, Refusal);
        var coverage = FrameworkCoverage.Compute(framework);
        return new CoverageResponse(
            framework,
            FrameworkCatalogue.Name(framework),
            coverage.ItemCount,
            coverage.Covered.Count,
            Math.Round(coverage.Percent, 1),
            [.. coverage.Covered.Select(c => new CoveredItemResponse(c.Item.Id, c.Item.Title, c.ControlCodes))],
            [.. coverage.Uncovered.Select(ToResponse)]);
    }

    private static bool Matches(SecurityControl control, ControlQuery query) =>
        (query.Practice is null || control.Practice == query.Practice)
        && (query.Framework is null || control.Mappings.Any(m => m.Framework == query.Framework))
        && (query.Search is null
            || control.Code.Contains(query.Search, StringComparison.OrdinalIgnoreCase)
            || control.Title.Contains(query.Search, StringComparison.OrdinalIgnoreCase)
            || control.Objective.Contains(query.Search, StringComparison.OrdinalIgnoreCase)
            || control.Mappings.Any(m => m.Id.Contains(query.Search, StringComparison.OrdinalIgnoreCase)));

    private static ControlResponse ToResponse(SecurityControl control) => new(
        control.Code,
        control.Practice,
        SecurityPractices.Title(control.Practice),
        control.Title,
        control.Objective,
        control.Guidance,
        control.Check,
        control.RuleKey,
        [.. Enum.GetValues<RiskTier>().Where(control.AppliesToRiskTiers.Contains)],
        [.. Enum.GetValues<DeploymentEnvironment>().Where(control.AppliesToEnvironments.Contains)],
        [.. control.Mappings.Select(m => FrameworkCatalogue.Find(m) is { } item ? ToResponse(item) : new FrameworkItemResponse(m.Framework, m.Id, m.Id))]);

    private static FrameworkItemResponse ToResponse(FrameworkItem item) => new(item.Framework, item.Id, item.Title);
}
