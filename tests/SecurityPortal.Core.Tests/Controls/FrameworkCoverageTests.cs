using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class FrameworkCoverageTests
{
    private static readonly FrameworkItem Literacy = new(Framework.EuAiAct, "Art. 4", "AI literacy");
    private static readonly FrameworkItem Logs = new(Framework.EuAiAct, "Art. 12", "Logs");
    private static readonly FrameworkItem Cyber = new(Framework.EuAiAct, "Art. 15", "Cybersecurity");
    private static readonly FrameworkItem Inventory = new(Framework.NistAiRmf, "GOVERN 1.6", "Inventory");

    private static readonly FrameworkItem[] Items = [Literacy, Logs, Cyber, Inventory];

    private static SecurityControl Control(string code, params FrameworkItem[] mapped) => new()
    {
        Code = code,
        Practice = SecurityPractice.MonitoringAndLogging,
        Title = code,
        Objective = "Something is true.",
        Guidance = "Make it true.",
        Mappings = [.. mapped.Select(i => i.Reference)],
    };

    [Fact]
    public void ItemsAreCoveredByTheControlsThatMapThemInCatalogueOrder()
    {
        SecurityControl[] controls = [Control("SP-06.1", Logs, Cyber, Inventory), Control("SP-06.2", Cyber)];

        var coverage = FrameworkCoverage.Compute(Framework.EuAiAct, controls, Items);

        Assert.Equal([Logs, Cyber], coverage.Covered.Select(c => c.Item));
        Assert.Equal(["SP-06.1"], coverage.Covered[0].ControlCodes);
        Assert.Equal(["SP-06.1", "SP-06.2"], coverage.Covered[1].ControlCodes);
        Assert.Equal([Literacy], coverage.Uncovered);
        Assert.Equal(3, coverage.ItemCount);
        Assert.Equal(200.0 / 3, coverage.Percent, precision: 9);
    }

    [Fact]
    public void ItemsOfOtherFrameworksAreLeftOut()
    {
        var coverage = FrameworkCoverage.Compute(Framework.NistAiRmf, [Control("SP-06.1", Logs, Inventory)], Items);

        Assert.Equal(Inventory, Assert.Single(coverage.Covered).Item);
        Assert.Empty(coverage.Uncovered);
        Assert.Equal(100.0, coverage.Percent);
    }

    [Fact]
    public void AControlListingAnItemTwiceCountsOnce()
    {
        var coverage = FrameworkCoverage.Compute(Framework.EuAiAct, [Control("SP-06.1", Cyber, Cyber)], Items);

        Assert.Equal(["SP-06.1"], Assert.Single(coverage.Covered).ControlCodes);
    }

    [Fact]
    public void AMappingToAnUnlistedItemCoversNothing()
    {
        var coverage = FrameworkCoverage.Compute(Framework.EuAiAct, [Control("SP-06.1", new FrameworkItem(Framework.EuAiAct, "Art. 99", "Not listed"))], Items);

        Assert.Empty(coverage.Covered);
        Assert.Equal(3, coverage.Uncovered.Count);
        Assert.Equal(0.0, coverage.Percent);
    }

    [Fact]
    public void AFrameworkWithNoItemsIsZeroPercentCovered()
    {
        var coverage = FrameworkCoverage.Compute(Framework.OwaspMl2023, [Control("SP-06.1", Cyber)], Items);

        Assert.Equal(0, coverage.ItemCount);
        Assert.Equal(0.0, coverage.Percent);
    }

    [Theory]
    [InlineData("GOVERN 1.6")]
    [InlineData("GOVERN 2.2")]
    [InlineData("GOVERN 4.3")]
    [InlineData("MEASURE 2.4")]
    [InlineData("MEASURE 2.7")]
    [InlineData("MANAGE 2.4")]
    [InlineData("MANAGE 4.3")]
    public void TheCatalogueCoversTheDirectNistMatches(string id) =>
        Assert.Contains(FrameworkCoverage.Compute(Framework.NistAiRmf).Covered, c => c.Item.Id == id);

    [Fact]
    public void TheInventorySubcategoryIsCoveredByTheVersioningControls()
    {
        var inventory = Assert.Single(FrameworkCoverage.Compute(Framework.NistAiRmf).Covered, c => c.Item.Id == "GOVERN 1.6");

        Assert.Equal(["SP-05.1", "SP-05.4"], inventory.ControlCodes);
    }

    [Fact]
    public void CoverageOfTheRealCataloguePartitionsEveryFramework()
    {
        foreach (var framework in Enum.GetValues<Framework>())
        {
            var coverage = FrameworkCoverage.Compute(framework);
            var ids = coverage.Covered.Select(c => c.Item.Id).Concat(coverage.Uncovered.Select(i => i.Id)).Order(StringComparer.Ordinal);

            Assert.Equal(FrameworkCatalogue.For(framework).Select(i => i.Id).Order(StringComparer.Ordinal), ids);
            Assert.InRange(coverage.Percent, 0.0, 100.0);
        }

        Assert.Equal(72, FrameworkCoverage.Compute(Framework.NistAiRmf).ItemCount);
    }

    [Theory]
    [InlineData(Framework.OwaspLlm2025)]
    [InlineData(Framework.OwaspMl2023)]
    [InlineData(Framework.EuAiAct)]
    public void EveryOwaspRiskAndEveryListedArticleIsAnswered(Framework framework) =>
        Assert.Empty(FrameworkCoverage.Compute(framework).Uncovered);
}
