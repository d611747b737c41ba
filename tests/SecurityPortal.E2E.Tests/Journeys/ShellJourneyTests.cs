using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ShellJourneyTests(PortalServer portal)
{
    private static readonly string[] AllAreas =
        ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports", "Verify a PDF", "Audit log", "Admin"];

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
    public async Task TheNotificationBellOpensWithAMouseClick()
    {
        var page = await portal.SignInAsync("officer@demo.local");

        await page.Locator("[data-testid=notifications-open]").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-popover-open .mud-menu-item, .mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task KeyboardUsersCanSkipToTheContentAndSeeWhereFocusIs()
    {
        var page = await portal.SignInAsync("officer@demo.local");

        // The skip link is the first thing the keyboard reaches on every page, and it shows when focused.
        var first = await page.EvaluateAsync<string?>("() => document.querySelector('a[href], button, input, [tabindex]:not([tabindex=\"-1\"])')?.dataset.testid");
        Assert.Equal("skip-to-content", first);
        var skip = page.Locator("[data-testid=skip-to-content]");
        await skip.FocusAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main-content")).ToBeFocusedAsync();

        // The next stop is a control inside the page, and its focus ring is drawn, not a faint tint.
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.StartsWith("solid 3px", outline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPageShowsAnEnumNameWhereALabelBelongs()
    {
        string[] raw = [.. SecurityPortal.Core.Common.Labels.RawNamesWithLabels(), "SecurityOfficer", "TeamLead", "ComplianceOfficer"];
        var pattern = new System.Text.RegularExpressions.Regex($@"\b({string.Join('|', raw)})\b");
        var officer = await portal.SignInAsync("officer@demo.local");
        var admin = await portal.SignInAsync("admin@demo.local");
        var incident = await portal.CreateIncidentAsync("credit-limit", "SEV1");
        // Each visit names what shows once the page has its data.
        var visits = new (IPage Page, string Path, string? Tab, string Loaded)[]
        {
            (officer, "/", null, "[data-testid=urgent-incidents] tbody tr"),
            (officer, "/models", null, "[data-testid=models-grid] tbody tr"),
            (officer, "/models?riskTier=HighRisk", null, "[data-testid=models-grid] tbody tr"),
            (officer, "/models/fraud-scorer", null, "[data-testid=model-overview]"),
            (officer, "/models/fraud-scorer", "Deployments", "[data-testid=deployments] tbody tr"),
            (officer, "/models/fraud-scorer", "Versions", "[data-testid=versions] tbody tr"),
            (officer, "/models/fraud-scorer", "History", "[data-testid=history-Production]"),
            (officer, "/incidents", null, "[data-testid=incidents] tbody tr"),
            (officer, "/incidents/INC-2026-0003", null, "[data-testid=timeline]"),
            (officer, $"/incidents/{incident}", null, "[data-testid=timeline]"),
            (officer, "/incidents/new", null, "[data-testid=submit-incident]"),
            (admin, "/admin", null, "[data-testid=users] tbody tr"),
        };

        var found = new List<string>();
        foreach (var (page, path, tab, loaded) in visits)
        {
            await page.GotoAsync(path);
            await PortalServer.WaitForInteractiveAsync(page);
            if (tab is not null)
            {
                await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            }

            await Assertions.Expect(page.Locator(loaded).First).ToBeVisibleAsync();
            var text = await page.Locator("body").InnerTextAsync();
            found.AddRange(pattern.Matches(text).Select(m => $"{path} {tab}: {m.Value}"));
        }

        Assert.Empty(found);
    }

    public static TheoryData<string, string[]> NavigationOfEachDemoUser() => new()
    {
        { "admin@demo.local", AllAreas },
        { "officer@demo.local", ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports", "Verify a PDF"] },
        { "lead@demo.local", ["Dashboard", "Models", "Controls", "Assessments", "Incidents", "Training", "Verify a PDF"] },
        { "compliance@demo.local", ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports", "Verify a PDF", "Audit log"] },
        { "staff@demo.local", ["Dashboard", "Incidents", "Training", "Verify a PDF"] },
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
