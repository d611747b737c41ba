using System.Security.Cryptography;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ExportJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AComplianceOfficerExportsASignedOffAuditWatchesItGenerateDownloadsItAndFindsItInTheArchiveWithTheSameHash()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        await page.GotoAsync("/audits?status=SignedOff&model=fraud-scorer");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=audit-link]").First.ClickAsync();
        await page.WaitForURLAsync("**/audits/*");
        await PortalServer.WaitForInteractiveAsync(page);

        await page.Locator("[data-testid=export-pdf]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=export-download]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=export-status]")).ToContainTextAsync("SHA-256");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-download]").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.StartsWith("audit-report-EXP-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));

        await page.Locator("[data-nav=Exports]").ClickAsync();
        await page.WaitForURLAsync("**/exports");
        await PortalServer.WaitForInteractiveAsync(page);
        var row = page.Locator("[data-testid=export-row]").First;
        await Assertions.Expect(row.Locator("[data-testid=export-row-status]")).ToHaveTextAsync("Succeeded");
        await Assertions.Expect(row).ToContainTextAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        await Assertions.Expect(row).ToContainTextAsync("compliance@demo.local");
        await PortalServer.ScreenshotAsync(page, "exports");
    }
}
