using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ControlsJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task ComplianceOfficerSearchesTheCatalogueAndChecksAFrameworksCoverage()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        await page.Locator("[data-nav=Controls]").ClickAsync();
        await page.WaitForURLAsync("**/controls");
        await PortalServer.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("[data-testid=controls-count]")).ToHaveTextAsync("39 of 39 controls");
        await Assertions.Expect(page.Locator("[data-testid=control-SP-03\\.1]")).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "controls");

        // A search for a framework item keeps only the controls mapped to it, and lives in the address.
        await page.Locator("[data-testid=controls-search] input, input[data-testid=controls-search]").First.FillAsync("Art. 73");
        await page.WaitForURLAsync("**/controls?search=Art.%2073");
        await Assertions.Expect(page.Locator("[data-testid=practice-IncidentResponse]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=practice-ApiAuthentication]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=controls-count]")).Not.ToHaveTextAsync("39 of 39 controls");
        await Assertions.Expect(page.Locator("[data-testid=practice-IncidentResponse]")).ToBeVisibleAsync();

        // Coverage: NIST AI RMF first, then ISO/IEC 42001; each covered item links to its controls.
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=view-coverage]").ClickAsync();
        await page.WaitForURLAsync("**/controls?coverage=NistAiRmf");
        await Assertions.Expect(page.Locator("[data-testid=coverage-summary]")).ToContainTextAsync("of 72 items covered");
        await Assertions.Expect(page.Locator("[data-testid=coverage-covered-items]")).ToContainTextAsync("GOVERN 1.6");
        await page.Locator("[data-testid=coverage-Iso42001]").ClickAsync();
        await page.WaitForURLAsync("**/controls?coverage=Iso42001");
        await Assertions.Expect(page.Locator("[data-testid=coverage-summary]")).ToContainTextAsync("ISO/IEC 42001:2023");
        await Assertions.Expect(page.Locator("[data-testid=coverage-uncovered-items] tr").First).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "controls-coverage");

        var control = page.Locator("[data-testid=coverage-covered-items] a").First;
        var code = (await control.TextContentAsync())!.Trim();
        await control.ClickAsync();
        await page.WaitForURLAsync($"**/controls?search={code}");
        await Assertions.Expect(page.Locator($"[data-testid=control-{code.Replace(".", "\\.", StringComparison.Ordinal)}]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StaffDoNotSeeTheControlsArea()
    {
        var page = await portal.SignInAsync("staff@demo.local");

        await Assertions.Expect(page.Locator("[data-nav=Controls]")).ToHaveCountAsync(0);
        await page.GotoAsync("/controls");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=controls-count]")).ToHaveCountAsync(0);
    }
}
