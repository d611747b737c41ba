using Bunit;
using SecurityPortal.Web.Layout;

namespace SecurityPortal.Component.Tests.Layout;

public sealed class ThemeToggleTests : PortalComponentContext
{
    [Theory]
    [InlineData(false, "Switch to dark theme")]
    [InlineData(true, "Switch to light theme")]
    public void OffersTheOtherTheme(bool dark, string label)
    {
        var toggle = Render<ThemeToggle>(p => p.Add(t => t.IsDarkMode, dark));

        Assert.Equal(label, toggle.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void ClickingAsksForTheOtherTheme(bool dark, bool expected)
    {
        bool? chosen = null;
        var toggle = Render<ThemeToggle>(p => p
            .Add(t => t.IsDarkMode, dark)
            .Add(t => t.IsDarkModeChanged, (bool value) => chosen = value));

        toggle.Find("[data-testid=theme-toggle]").Click();

        Assert.Equal(expected, chosen);
    }
}
