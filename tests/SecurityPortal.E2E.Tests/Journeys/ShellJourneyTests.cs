using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ShellJourneyTests(PortalServer portal)
{
    private static readonly string[] AllAreas =
        ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports", "Admin"];

    [Fact]
    public async Task AdministratorSignsInAndFindsEveryAreaInTheShell()
    {
        var page = await portal.SignInAsync("admin@demo.local");

        var brand = await page.Locator(".portal-brand").TextContentAsync();
        var areas = await page.Locator("[data-nav]").AllTextContentsAsync();
        var teams = await page.Locator("[data-testid=figure-teams]").TextContentAsync();
        await PortalServer.ScreenshotAsync(page, "shell-dashboard");

        Assert.Equal("SecurityPortal", brand?.Trim());
        Assert.Equal(AllAreas, areas.Select(a => a.Trim()));
        Assert.Contains("5", teams, StringComparison.Ordinal);
        Assert.Equal("admin@demo.local", (await page.Locator("[data-testid=signed-in-user]").TextContentAsync())?.Trim());
        Assert.Empty(portal.CspViolations);
    }

    [Fact]
    public async Task NavigatingToAnAreaThatIsNotBuiltSaysSoHonestly()
    {
        var page = await portal.SignInAsync("officer@demo.local");

        await page.Locator("[data-nav=Audits]").ClickAsync();
        await page.WaitForURLAsync("**/audits");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Audits");
        await Assertions.Expect(page.Locator("[data-testid=coming-soon]")).ToContainTextAsync("not built yet");
    }

    public static TheoryData<string, string[]> NavigationOfEachDemoUser() => new()
    {
        { "admin@demo.local", AllAreas },
        { "officer@demo.local", ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports"] },
        { "lead@demo.local", ["Dashboard", "Models", "Controls", "Assessments", "Incidents", "Training"] },
        { "compliance@demo.local", ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports"] },
        { "staff@demo.local", ["Dashboard", "Training"] },
    };

    [Theory]
    [MemberData(nameof(NavigationOfEachDemoUser))]
    public async Task EachDemoUserSeesOnlyTheirNavigation(string email, string[] expected)
    {
        var page = await portal.SignInAsync(email);

        var areas = await page.Locator("[data-nav]").AllTextContentsAsync();

        Assert.Equal(expected, areas.Select(a => a.Trim()));
    }

    [Fact]
    public async Task StaffAreTurnedAwayFromTheJobDashboardAndFromAdmin()
    {
        var page = await portal.SignInAsync("staff@demo.local");

        var areas = await page.Locator("[data-nav]").AllTextContentsAsync();
        await page.GotoAsync("/admin");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        await page.GotoAsync("/hangfire");
        await PortalServer.WaitForInteractiveAsync(page);
        var denied = page.Locator("[data-testid=access-denied]");
        await denied.WaitForAsync();

        Assert.DoesNotContain("Admin", areas.Select(a => a.Trim()));
        Assert.Contains("/account/access-denied", page.Url, StringComparison.Ordinal);
        Assert.Contains("You do not have access", await denied.TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeChoiceIsRememberedForTheUserOnANewBrowser()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        var toggle = page.Locator("[data-testid=theme-toggle]");
        var before = await toggle.GetAttributeAsync("aria-label");
        var wanted = before == "Switch to dark theme" ? "Switch to light theme" : "Switch to dark theme";

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-label", wanted);
        await PortalServer.ScreenshotAsync(page, "shell-theme-toggled");
        var elsewhere = await portal.SignInAsync("compliance@demo.local");

        await Assertions.Expect(elsewhere.Locator("[data-testid=theme-toggle]")).ToHaveAttributeAsync("aria-label", wanted);
    }

    [Fact]
    public async Task UnknownAddressShowsAFriendlyNotFoundPage()
    {
        var page = await portal.SignInAsync("lead@demo.local");

        var response = await page.GotoAsync("/this/does/not/exist");
        await PortalServer.WaitForInteractiveAsync(page);

        Assert.Equal(404, response?.Status);
        Assert.Contains("We could not find that page", await page.Locator("[data-testid=not-found]").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAPhoneTheNavigationOpensFromTheMenuButton()
    {
        var page = await portal.SignInAsync("officer@demo.local", width: 390, height: 844);
        var models = page.Locator("[data-nav=Models]");
        await Assertions.Expect(models).Not.ToBeInViewportAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();
        await Assertions.Expect(models).ToBeInViewportAsync();
        await PortalServer.ScreenshotAsync(page, "shell-phone-navigation");
        await models.ClickAsync();

        await page.WaitForURLAsync("**/models");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Models");
    }
}
