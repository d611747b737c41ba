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
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("Production will run 1.0.0 instead of 1.1.0.");
        await PortalServer.ScreenshotAsync(page, "model-rollback-dialog");
        await PortalServer.ConfirmAsync(page, "Roll back to 1.0.0");

        await Assertions.Expect(page.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.0.0");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=history-Production]")).ToContainTextAsync("Scores drifted after 1.1.0");
        await Assertions.Expect(page.Locator("[data-testid=history-Production]")).ToContainTextAsync("Rolled back 1.1.0 → 1.0.0");
        await PortalServer.ScreenshotAsync(page, "model-history");
    }

    [Fact]
    public async Task CancellingARollbackChangesNothing()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models/email-triage?tab=deployments");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.1.0");

        await page.Locator("[data-testid=rollback-Production]").ClickAsync();
        await PortalServer.Field(page, "rollback-reason").FillAsync("Second thoughts");
        await page.Locator("[data-testid=confirm-rollback]").ClickAsync();
        await PortalServer.CancelDialogAsync(page);

        await page.ReloadAsync();
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.1.0");
    }

    [Theory]
    [InlineData(1366, 860)]
    [InlineData(390, 844)]
    public async Task TheRollbackActionIsInViewWithoutScrollingSideways(int width, int height)
    {
        var page = await portal.SignInAsync("officer@demo.local", width, height);
        await page.GotoAsync("/models/fraud-scorer?tab=deployments");
        await PortalServer.WaitForInteractiveAsync(page);
        var button = page.Locator("[data-testid=rollback-Production]");
        await Assertions.Expect(button).ToBeVisibleAsync();

        var box = await button.BoundingBoxAsync();
        var viewport = page.ViewportSize!;
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= viewport.Width, $"The button spans {box.X}–{box.X + box.Width} px of a {viewport.Width} px window.");
        var sideways = await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('[data-testid=deployments] .mud-table-container')].some(c => c.scrollWidth > c.clientWidth + 1)");
        Assert.False(sideways, "The deployments table scrolls sideways.");
        await PortalServer.ScreenshotAsync(page, $"model-deployments-{width}");
    }
}
