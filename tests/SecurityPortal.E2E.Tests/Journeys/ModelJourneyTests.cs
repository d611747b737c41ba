using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ModelJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task OfficerRollsBackAProductionDeploymentFromTheModelPage()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.Locator("[data-nav=Models]").ClickAsync();
        await PortalServer.Field(page, "models-search").FillAsync("chargeback");
        await PortalServer.Field(page, "models-search").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=models-grid] tbody tr")).ToHaveCountAsync(1);
        await page.Locator("[data-testid=model-chargeback-predictor]").ClickAsync();
        await page.WaitForURLAsync("**/models/chargeback-predictor");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Deployments" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.1.0");

        await page.Locator("[data-testid=rollback-Production]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rollback-panel]")).ToContainTextAsync("1.1.0 → 1.0.0");
        await PortalServer.Field(page, "rollback-reason").FillAsync("Scores drifted after 1.1.0");
        await PortalServer.ScreenshotAsync(page, "model-rollback-confirm");
        await page.Locator("[data-testid=confirm-rollback]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.0.0");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=history-Production]")).ToContainTextAsync("Scores drifted after 1.1.0");
        await Assertions.Expect(page.Locator("[data-testid=history-Production]")).ToContainTextAsync("Rollback 1.1.0 → 1.0.0");
        await PortalServer.ScreenshotAsync(page, "model-history");
    }
}
