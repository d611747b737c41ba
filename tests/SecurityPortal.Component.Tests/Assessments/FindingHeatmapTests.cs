using Bunit;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Web.Features.Assessments;

namespace SecurityPortal.Component.Tests.Assessments;

public sealed class FindingHeatmapTests : PortalComponentContext
{
    private static HeatmapRow Row(string model, params (SecurityPractice Practice, FindingSeverity Worst, int Open)[] cells) =>
        new(model, $"{model} name", [.. SecurityPractices.All.Select(p => cells.Any(c => c.Practice == p)
            ? new HeatmapCell(p, cells.Single(c => c.Practice == p).Worst, cells.Single(c => c.Practice == p).Open)
            : new HeatmapCell(p, null, 0))]);

    [Fact]
    public void EachCellWithOpenFindingsLinksToThoseFindingsAndSaysItsWorstSeverityInWords()
    {
        var map = new Heatmap([Row("kb-rag", (SecurityPractice.ApiAuthentication, FindingSeverity.Critical, 2), (SecurityPractice.InputValidation, FindingSeverity.Medium, 1))], 1);

        var heatmap = Render<FindingHeatmap>(p => p.Add(h => h.Map, map).Add(h => h.Assessed, true));

        var critical = heatmap.Find("[data-testid=heat-kb-rag-3]");
        Assert.Equal("/findings?model=kb-rag&status=Open&practice=ApiAuthentication", critical.GetAttribute("href"));
        Assert.Equal("Critical", critical.GetAttribute("data-severity"));
        Assert.Contains("2 C", critical.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-error", critical.ClassName, StringComparison.Ordinal);
        Assert.Contains("1 open, worst Medium", heatmap.Find("[data-testid=heat-kb-rag-4]").GetAttribute("title"), StringComparison.Ordinal);
        // Practices without open findings are empty cells, not links.
        Assert.Equal(2, heatmap.FindAll("[data-testid=heatmap] td a").Count);
        Assert.Equal(SecurityPractices.All.Count, heatmap.FindAll("[data-testid=heatmap] tbody td").Count);
    }

    [Fact]
    public void AnEmptyMapSaysAllIsClearOrThatNothingHasRunYet()
    {
        var clear = Render<FindingHeatmap>(p => p.Add(h => h.Map, new Heatmap([], 0)).Add(h => h.Assessed, true));
        var never = Render<FindingHeatmap>(p => p.Add(h => h.Map, new Heatmap([], 0)).Add(h => h.Assessed, false));

        Assert.Contains("No open findings.", clear.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("No assessment has run yet.", clear.Markup, StringComparison.Ordinal);
        Assert.Contains("No assessment has run yet.", never.Markup, StringComparison.Ordinal);
        Assert.Empty(never.FindAll("[data-testid=heatmap]"));
    }
}
