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

    [Fact]
    public async Task ANotificationSentWhileThePageIsOpenRaisesTheBadgeAtOnce()
    {
        var page = await portal.SignInAsync("lead@demo.local");
        var badge = page.Locator("[data-testid=notifications] .mud-badge");
        var before = await badge.IsVisibleAsync() ? int.Parse((await badge.TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;

        await portal.SendNotificationAsync("lead@demo.local", "Journey: a notice while the page is open");

        // Well inside the half-minute poll: the save itself told the open page.
        // (A job may notify the same person meanwhile, so the count is not asserted exactly.)
        await Assertions.Expect(badge).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(badge).Not.ToHaveTextAsync(before.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 10_000 });
        await page.Locator("[data-testid=notifications-open]").ClickAsync();
        await Assertions.Expect(page.GetByText("Journey: a notice while the page is open")).ToBeVisibleAsync();
    }
}
