using Microsoft.Playwright;

namespace SecurityPortal.Bench;

/// <summary>Debian's Chromium for benchmarks that hold many pages open, and the portal's sign-in.</summary>
public static class BenchBrowser
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
        Headless = true,
        // Tabs share a few renderer processes, so hundreds of pages fit in memory; background tabs keep running.
        Args = ["--no-sandbox", "--disable-gpu", "--renderer-process-limit=4", "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
    });

    /// <summary>A browser context signed in as one of the demo people.</summary>
    public static async Task<IBrowserContext> SignedInAsync(IBrowser browser, Uri baseAddress, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BenchPortal.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await WaitForCircuitAsync(page);
        await page.CloseAsync();
        return context;
    }

    /// <summary>Until the page's circuit is up (the layout marks it) and the network is quiet.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        await page.Locator("[data-circuit=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
