using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class NotificationJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AComplianceOfficerOpensEveryNotificationFromTheBellMarksThemReadAndTheBadgeGoes()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        var badge = page.Locator("[data-testid=notifications] .mud-badge");
        await Assertions.Expect(badge).ToBeVisibleAsync();

        await page.Locator("[data-testid=notifications-open]").ClickAsync();
        await page.Locator("[data-testid=notifications-all]").ClickAsync();
        await page.WaitForURLAsync("**/notifications");
        await PortalServer.WaitForInteractiveAsync(page);

        var unread = page.Locator("[data-testid=notification][data-unread=true]");
        await Assertions.Expect(unread.First).ToBeVisibleAsync();
        var before = await unread.CountAsync();
        await page.Locator("[data-testid=notifications-filter-unread]").ClickAsync();
        await page.WaitForURLAsync("**/notifications?unread=true");
        await Assertions.Expect(page.Locator("[data-testid=notification]")).ToHaveCountAsync(before);
        await PortalServer.ScreenshotAsync(page, "notifications");

        await page.Locator("[data-testid=notifications-mark-all]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=notification]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=notifications-filter-all]").ClickAsync();
        await page.WaitForURLAsync("**/notifications");
        await Assertions.Expect(page.Locator("[data-testid=notification]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=notification][data-unread=true]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(badge).ToBeHiddenAsync();
    }
}
