using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

/// <summary>
/// A portal of its own: the journey breaks its audit log on purpose, which the shared portal's journeys must never see.
/// </summary>
public sealed class AuditLogTamperingJourneyTests : IAsyncLifetime
{
    private readonly PortalServer _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task AnEditedRowShowsAsBrokenOnTheAuditLogPageAndRaisesOneAlarmForTheAdministrator()
    {
        var position = await _portal.EditAuditLogEntryBehindThePortalAsync(5);
        var page = await _portal.SignInAsync("admin@demo.local");

        await page.Locator("[data-nav='Audit log']").ClickAsync();
        await page.WaitForURLAsync("**/audit-log");
        var broken = page.Locator("[data-testid=audit-chain-break]");
        await Assertions.Expect(broken).ToContainTextAsync($"Audit log broken at entry {position}");
        await Assertions.Expect(broken).ToContainTextAsync("edited");
        await PortalServer.ScreenshotAsync(page, "audit-log-broken");

        // Verifying again finds the same break: still one alarm.
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify now" }).ClickAsync();
        await Assertions.Expect(broken).ToContainTextAsync($"entry {position}");
        await page.GotoAsync("/findings?source=Integrity");
        await PortalServer.WaitForInteractiveAsync(page);
        var rows = page.Locator("[data-testid=findings] tbody tr", new() { HasText = $"Audit log broken at entry {position}" });
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync("Critical");

        // The administrator's notification opens the finding.
        await page.GotoAsync("/notifications");
        await PortalServer.WaitForInteractiveAsync(page);
        var alarm = page.Locator("[data-testid=notification]", new() { HasText = "Integrity alarm" });
        await Assertions.Expect(alarm).ToHaveCountAsync(1);
        await alarm.Locator("[data-testid=notification-open]").ClickAsync();
        await page.WaitForURLAsync("**/findings/*");
        await Assertions.Expect(page.Locator("[data-testid=finding-portal]")).ToBeVisibleAsync();
    }
}
