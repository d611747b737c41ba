using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class AuditJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AComplianceOfficerStartsFromTheLastCycleCompletesTheChecklistRaisesAFindingAndSignsOffAndALaterEditIsRefused()
    {
        var page = await portal.SignInAsync("compliance@demo.local");

        // The dashboard counts the overdue audits and opens the list behind the number.
        await Assertions.Expect(page.Locator("[data-testid=figure-audits-overdue-value]")).Not.ToHaveTextAsync("0");
        await page.Locator("[data-testid=figure-audits-overdue]").ClickAsync();
        await page.WaitForURLAsync("**/audits?status=Overdue");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=audits] [data-testid=audit-status]").First).ToHaveTextAsync("Overdue");

        await page.Locator("[data-nav=Audits]").ClickAsync();
        await page.WaitForURLAsync("**/audits");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=audits] [data-testid=audit-link]").First).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "audits");

        // The upcoming quarterly audit of the fraud scorer; last quarter's was signed off.
        await page.GotoAsync("/audits?status=Scheduled&model=fraud-scorer");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=audits-total]")).ToHaveTextAsync("1 audits");
        await page.Locator("[data-testid=audit-link]").ClickAsync();
        await page.WaitForURLAsync("**/audits/*");
        await PortalServer.WaitForInteractiveAsync(page);
        var address = page.Url;

        // A second tab on the same audit, opened before the sign-off.
        var stale = await portal.SignInAsync("compliance@demo.local");
        await stale.GotoAsync(address);
        await PortalServer.WaitForInteractiveAsync(stale);

        await page.Locator("[data-testid=start-from-last]").ClickAsync();
        // The first start compiles the workspace's queries on a cold server: give it longer than the default.
        await Assertions.Expect(page.Locator("[data-testid=audit-changed]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var changed = page.Locator("[data-testid=audit-item]:has([data-testid=item-changed])");
        await Assertions.Expect(changed.First).ToHaveAttributeAsync("data-answered", "false");
        await Assertions.Expect(page.Locator("[data-testid=audit-item][data-answered=true]").First).ToBeVisibleAsync();

        // Answer what changed: the first fails and raises a finding, the rest pass.
        var open = page.Locator("[data-testid=audit-item][data-answered=false]");
        var failed = await open.First.GetAttributeAsync("data-code");
        var left = await open.CountAsync();
        for (var i = 0; i < left; i++)
        {
            var item = open.First;
            var code = await item.GetAttributeAsync("data-code");
            await item.ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=item-editor]")).ToContainTextAsync(code!);
            await page.Locator($"[data-testid=result-{(i == 0 ? "Fail" : "Pass")}]").ClickAsync();
            await PortalServer.Field(page, "item-note").FillAsync(i == 0 ? "The rotation runbook was not followed for the last two key changes." : "Looked again after the change; still holds.");
            await page.Locator("[data-testid=item-save]").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-testid=audit-item][data-code='{code}']")).ToHaveAttributeAsync("data-answered", "true");
            if (i == 0)
            {
                await page.Locator($"[data-testid=audit-item][data-code='{code}']").ClickAsync();
                await page.Locator("[data-testid=finding-raise]").ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=audit-finding]")).ToContainTextAsync(code!);
            }
        }

        await Assertions.Expect(open).ToHaveCountAsync(0);
        await PortalServer.Field(page, "audit-conclusion-input").FillAsync("Effective, with one failed item raised as a finding for the owning team.");
        await page.Locator("[data-testid=audit-sign-off-button]").ClickAsync();
        await PortalServer.ConfirmAsync(page, "Sign off");
        await Assertions.Expect(page.Locator("[data-testid=audit-locked]")).ToContainTextAsync("Signed off by compliance@demo.local", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=audit-status]")).ToHaveTextAsync("Signed off");
        await Assertions.Expect(page.Locator("[data-testid=item-save]")).ToHaveCountAsync(0);
        await PortalServer.ScreenshotAsync(page, "audit");

        // The tab opened earlier still offers the editor; its edit is refused and the page shows the lock.
        await stale.Locator("[data-testid=audit-item]").First.ClickAsync();
        await stale.Locator("[data-testid=result-Pass]").ClickAsync();
        await stale.Locator("[data-testid=item-save]").ClickAsync();
        await Assertions.Expect(stale.Locator("[data-testid=audit-error]")).ToContainTextAsync("can no longer change", new() { Timeout = 15_000 });
        await Assertions.Expect(stale.Locator("[data-testid=audit-locked]")).ToBeVisibleAsync();

        // The model page names this audit as the last one.
        await page.GotoAsync("/models/fraud-scorer");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=model-audit-last]")).ToContainTextAsync("Quarterly review of high-risk models");
        await Assertions.Expect(page.Locator("[data-testid=model-audit-last]")).ToContainTextAsync("by compliance@demo.local");

        // The failed item's finding is in the findings list, from the audit.
        await page.GotoAsync("/findings?model=fraud-scorer&source=Audit");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=findings]")).ToContainTextAsync($"fraud-scorer: {failed} failed in the audit");
    }

    [Fact]
    public async Task AComplianceOfficerPlansAQuarterlyAuditAndSeesItOnTheCalendar()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        await page.GotoAsync("/audits/plans");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=calendar-month]")).ToHaveCountAsync(12);
        await page.Locator("[data-testid=new-plan]").ClickAsync();
        await page.WaitForURLAsync("**/audits/plans/new");
        await PortalServer.WaitForInteractiveAsync(page);

        // Without a title nothing is saved and the form says why.
        await page.Locator("[data-testid=plan-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=plan-form]")).ToContainTextAsync("Give the plan a title.");

        await PortalServer.Field(page, "plan-title").FillAsync("Journey: quarterly review of limited-risk models");
        await PortalServer.Field(page, "plan-title").PressAsync("Tab");
        await PortalServer.ChooseAsync(page, "plan-lead", "compliance@demo.local");
        await PortalServer.ChooseManyAsync(page, "plan-tiers", "Limited risk (transparency)");
        await page.Locator("[data-testid=plan-create]").ClickAsync();
        await page.WaitForURLAsync("**/audits/plans");
        var plan = page.Locator("[data-testid=audit-plans] tr", new() { HasText = "Journey: quarterly review of limited-risk models" });
        await Assertions.Expect(plan).ToContainTextAsync("Limited risk (transparency) models");
        await Assertions.Expect(page.Locator("[data-testid=audit-calendar]")).ToContainTextAsync("Journey: quarterly review of limited-risk models");
        await PortalServer.ScreenshotAsync(page, "audit-plans");
    }
}
