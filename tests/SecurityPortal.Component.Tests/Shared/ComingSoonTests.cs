using Bunit;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class ComingSoonTests : PortalComponentContext
{
    [Fact]
    public void SaysPlainlyThatTheAreaIsNotBuiltAndWhatItWillDo()
    {
        var page = Render<ComingSoon>(p => p
            .Add(c => c.Area, "Incidents")
            .Add(c => c.Purpose, "Incident tickets.")
            .Add(c => c.Capabilities, new[] { "Work incidents", "Watch SLA clocks" }));

        Assert.Equal("Incidents", page.Find("h1").TextContent.Trim());
        Assert.Contains("not built yet", page.Find("[data-testid=coming-soon]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Work incidents", "Watch SLA clocks"], page.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()));
    }
}
