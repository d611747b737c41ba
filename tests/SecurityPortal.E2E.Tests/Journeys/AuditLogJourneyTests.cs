using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class AuditLogJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AComplianceOfficerFiltersTheLogReadsAChangeFieldByFieldAndExportsTheView()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        await page.Locator("[data-nav='Audit log']").ClickAsync();
        await page.WaitForURLAsync("**/audit-log");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=audit-chain-status]")).ToContainTextAsync("Audit log intact");

        await PortalServer.ChooseAsync(page, "audit-log-type", "Team");
        await page.WaitForURLAsync("**/audit-log?entityType=Team");
        await PortalServer.ChooseAsync(page, "audit-log-action", "Created");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("entityType=Team&action=Created$"));
        var entries = page.Locator("[data-testid=audit-entry]");
        await Assertions.Expect(entries.First).ToContainTextAsync("Team.Created");
        await Assertions.Expect(entries.First.Locator("[data-testid=audit-diff]")).ToContainTextAsync("Name");
        await Assertions.Expect(entries.First.Locator("[data-testid=audit-after]").First).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "audit-log");

        // One entity's whole history, then its CSV.
        await entries.First.Locator("[data-testid=audit-entry-history]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("entityType=Team&entityId="));
        await Assertions.Expect(entries.First).ToContainTextAsync("Team.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=audit-log-csv]").ClickAsync());
        var csv = (await File.ReadAllTextAsync(await download.PathAsync())).TrimStart('\uFEFF');

        Assert.StartsWith("audit-log-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("sequence,occurred_at,actor,action,entity_type,entity_id,correlation_id,changes,hash", csv, StringComparison.Ordinal);
        Assert.Contains(",Team.Created,Team,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATeamLeadFindsNoAuditLogInTheNavigationAndIsRefusedAtItsAddress()
    {
        var page = await portal.SignInAsync("lead@demo.local");
        await Assertions.Expect(page.Locator("[data-nav='Audit log']")).ToHaveCountAsync(0);

        await page.GotoAsync("/audit-log");
        await Assertions.Expect(page.Locator("[data-testid=audit-log]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task StaffChooseFindingsByEmailTooAndTheChoiceStays()
    {
        var page = await portal.SignInAsync("staff@demo.local");
        await page.GotoAsync("/notifications");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=notifications-preferences]").ClickAsync();
        await page.WaitForURLAsync("**/notifications/preferences");
        await PortalServer.WaitForInteractiveAsync(page);

        var byEmail = PortalServer.Field(page, "preference-Findings-email");
        await Assertions.Expect(byEmail).Not.ToBeCheckedAsync();
        await Assertions.Expect(PortalServer.Field(page, "preference-Findings-portal")).ToBeCheckedAsync();
        // Integrity alarms are for administrators: staff have no row for them.
        await Assertions.Expect(page.Locator("[data-testid=preference-IntegrityAlarm]")).ToHaveCountAsync(0);
        await byEmail.ClickAsync();
        await Assertions.Expect(byEmail).ToBeCheckedAsync();
        await page.Locator("[data-testid=preferences-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=preferences-saved]")).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "notification-preferences");

        await page.ReloadAsync();
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(PortalServer.Field(page, "preference-Findings-email")).ToBeCheckedAsync();
        await Assertions.Expect(PortalServer.Field(page, "preference-Findings-portal")).ToBeCheckedAsync();
    }
}
