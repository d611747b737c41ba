using Bunit;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class EmptyListTests : PortalComponentContext
{
    [Fact]
    public void AFilteredEmptyListSaysTheFiltersHideEverythingAndOffersToClearThem()
    {
        var cleared = false;
        var list = Render<EmptyList>(p => p.Add(e => e.What, "incidents").Add(e => e.Filtered, true).Add(e => e.OnClear, () => cleared = true));

        list.Find("[data-testid=clear-filters]").Click();

        Assert.Contains("No incidents match these filters.", list.Markup, StringComparison.Ordinal);
        Assert.True(cleared);
    }

    [Fact]
    public void AnUnfilteredEmptyListSaysThereIsNothingYet()
    {
        var list = Render<EmptyList>(p => p.Add(e => e.What, "models").Add(e => e.Unfiltered, "The inventory is empty."));

        Assert.Contains("The inventory is empty.", list.Markup, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("[data-testid=clear-filters]"));
    }
}
