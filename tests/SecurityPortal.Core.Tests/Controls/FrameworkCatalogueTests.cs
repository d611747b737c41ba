using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class FrameworkCatalogueTests
{
    [Fact]
    public void NistAiRmfHasSeventyTwoSubcategoriesInNineteenCategories()
    {
        var items = FrameworkCatalogue.For(Framework.NistAiRmf);

        Assert.Equal(72, items.Count);
        Assert.Equal(19, items.Select(i => i.Id[..i.Id.IndexOf('.')]).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("GOVERN", 19)]
    [InlineData("MAP", 18)]
    [InlineData("MEASURE", 22)]
    [InlineData("MANAGE", 13)]
    public void EachNistFunctionHasItsNumberOfSubcategories(string function, int count) =>
        Assert.Equal(count, FrameworkCatalogue.For(Framework.NistAiRmf).Count(i => i.Id.StartsWith(function + " ", StringComparison.Ordinal)));

    [Theory]
    [InlineData("GOVERN 1.1")]
    [InlineData("GOVERN 1.7")]
    [InlineData("GOVERN 6.2")]
    [InlineData("MAP 3.5")]
    [InlineData("MEASURE 2.13")]
    [InlineData("MANAGE 4.3")]
    public void NistIdentifiersAreWrittenAsTheFrameworkWritesThem(string id) =>
        Assert.True(FrameworkCatalogue.Contains(new FrameworkItemRef(Framework.NistAiRmf, id)));

    [Theory]
    [InlineData("GOVERN 1.8")]
    [InlineData("GOVERN 7.1")]
    [InlineData("MAP 1.7")]
    [InlineData("MEASURE 2.14")]
    [InlineData("MANAGE 5.1")]
    [InlineData("GOVERN-1.6")]
    [InlineData("govern 1.6")]
    public void NistIdentifiersOutsideTheRangesDoNotExist(string id) =>
        Assert.False(FrameworkCatalogue.Contains(new FrameworkItemRef(Framework.NistAiRmf, id)));

    [Fact]
    public void EveryNistSubcategoryHasATitleOfItsOwn() =>
        Assert.All(FrameworkCatalogue.For(Framework.NistAiRmf), i => Assert.NotEqual(i.Id, i.Title));

    [Fact]
    public void NistSubcategoriesComeInFrameworkOrder()
    {
        var ids = FrameworkCatalogue.For(Framework.NistAiRmf).Select(i => i.Id).ToList();

        Assert.Equal("GOVERN 1.1", ids[0]);
        Assert.Equal("MAP 1.1", ids[19]);
        Assert.Equal("MEASURE 2.10", ids[19 + 18 + 3 + 9]);
        Assert.Equal("MANAGE 4.3", ids[^1]);
    }

    [Fact]
    public void Iso42001ListsThirtyEightAnnexAControlsInNineObjectivesAndTheThreeClauses()
    {
        var ids = FrameworkCatalogue.For(Framework.Iso42001).Select(i => i.Id).ToList();
        var annexA = ids.Where(id => id.StartsWith("A.", StringComparison.Ordinal)).ToList();

        Assert.Equal(38, annexA.Count);
        Assert.Equal(9, annexA.Select(id => string.Join('.', id.Split('.').Take(2))).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["7.2", "7.3", "9.2"], ids.Except(annexA));
    }

    [Fact]
    public void OwaspLlmListsTheTenRisksOf2025()
    {
        var ids = FrameworkCatalogue.For(Framework.OwaspLlm2025).Select(i => i.Id);

        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"LLM{n:D2}:2025"), ids);
    }

    [Fact]
    public void OwaspMlListsTheTenRisksOf2023()
    {
        var ids = FrameworkCatalogue.For(Framework.OwaspMl2023).Select(i => i.Id);

        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"ML{n:D2}:2023"), ids);
    }

    [Fact]
    public void EuAiActListsTheArticlesThePortalActsOn() =>
        Assert.Equal(
            ["Art. 4", "Art. 5", "Art. 6", "Art. 12", "Art. 15", "Art. 50", "Art. 51", "Art. 73"],
            FrameworkCatalogue.For(Framework.EuAiAct).Select(i => i.Id));

    [Theory]
    [InlineData(Framework.Iso42001, "A.6.2.8", "Recording of event logs")]
    [InlineData(Framework.OwaspLlm2025, "LLM01:2025", "Prompt Injection")]
    [InlineData(Framework.OwaspMl2023, "ML05:2023", "Model Theft")]
    [InlineData(Framework.NistAiRmf, "GOVERN 1.6", "Inventory of AI systems")]
    public void ItemsAreFoundByFrameworkAndIdentifier(Framework framework, string id, string title) =>
        Assert.Equal(title, FrameworkCatalogue.Find(new FrameworkItemRef(framework, id))?.Title);

    [Fact]
    public void AnIdentifierBelongsToItsOwnFrameworkOnly() =>
        Assert.Null(FrameworkCatalogue.Find(new FrameworkItemRef(Framework.NistAiRmf, "LLM01:2025")));

    [Fact]
    public void EveryFrameworkHasUniquelyIdentifiedTitledItemsAndAName()
    {
        foreach (var framework in Enum.GetValues<Framework>())
        {
            var items = FrameworkCatalogue.For(framework);

            Assert.NotEmpty(items);
            Assert.Equal(items.Count, items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
            Assert.False(string.IsNullOrWhiteSpace(FrameworkCatalogue.Name(framework)));
        }

        Assert.Equal(FrameworkCatalogue.All.Count, Enum.GetValues<Framework>().Sum(f => FrameworkCatalogue.For(f).Count));
    }
}
