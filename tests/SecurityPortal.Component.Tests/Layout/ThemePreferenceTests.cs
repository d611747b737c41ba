using SecurityPortal.Web.Layout;

namespace SecurityPortal.Component.Tests.Layout;

public sealed class ThemePreferenceTests
{
    [Theory]
    [InlineData("dark", true)]
    [InlineData("light", false)]
    [InlineData(null, null)]
    [InlineData("purple", null)]
    public void CookieValuesMapToAChoiceOrToNone(string? cookie, bool? expected)
    {
        Assert.Equal(expected, ThemePreference.FromCookie(cookie));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ChoiceSurvivesTheCookieRoundTrip(bool dark)
    {
        Assert.Equal(dark, ThemePreference.FromCookie(ThemePreference.ToCookie(dark)));
    }
}
