using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ApiReferenceJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AnIntegratorReadsTheApiReferenceInsideThePortalsContentSecurityPolicy()
    {
        var page = await portal.SignInAsync("admin@demo.local");
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };

        await page.Locator("[data-nav=Admin]").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "API keys" }).ClickAsync();
        await page.Locator("[data-testid=api-reference]").ClickAsync();
        await page.WaitForURLAsync("**/api/reference");

        await Assertions.Expect(page.GetByText("SecurityPortal API").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        // The reference is one long page: the first screen shows what it is.
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotDirectory, "api-reference.png") });
        await Assertions.Expect(page.GetByText("X-Api-Key").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByText("/api/v1/assessments/runs").First).ToBeAttachedAsync();

        Assert.Empty(blocked);
    }
}
