using System.Globalization;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class AssessmentJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AnOfficerRunsAnAssessmentOpensACriticalFindingFromTheHeatmapAssignsItAndASecondApproverAcceptsTheRisk()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.Locator("[data-nav=Assessments]").ClickAsync();
        await page.WaitForURLAsync("**/assessments");
        await PortalServer.WaitForInteractiveAsync(page);
        var latestBefore = await page.Locator("[data-testid=runs] tbody tr").First.GetAttributeAsync("data-testid");

        // Run now: the progress shows while the job server works through the models, then the run is listed.
        await page.Locator("[data-testid=run-assessment]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=run-progress]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=run-progress]")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        var latest = page.Locator("[data-testid=runs] tbody tr").First;
        await Assertions.Expect(latest).Not.ToHaveAttributeAsync("data-testid", latestBefore!);
        await Assertions.Expect(latest).ToContainTextAsync("Succeeded");
        await Assertions.Expect(page.Locator("[data-testid=open-critical-value]")).Not.ToHaveTextAsync("0");
        await PortalServer.ScreenshotAsync(page, "assessments");

        // The heatmap's Critical cell opens the findings behind it, most severe first.
        await page.Locator("[data-testid=heatmap] a[data-severity=Critical]").First.ClickAsync();
        await page.WaitForURLAsync("**/findings?model=*");
        await Assertions.Expect(page.Locator("[data-testid=findings] tbody tr").First.Locator("[data-testid=finding-severity]")).ToHaveTextAsync("Critical");
        await page.Locator("[data-testid=findings] [data-testid=finding-link]").First.ClickAsync();
        await page.WaitForURLAsync("**/findings/*");
        await PortalServer.WaitForInteractiveAsync(page);
        var findingAddress = page.Url;

        await PortalServer.ChooseAsync(page, "finding-assignee", "lead@demo.local");
        await page.Locator("[data-testid=finding-assign]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=finding-owner]")).ToHaveTextAsync("lead@demo.local");

        // Asking without a reason is refused next to the field; with one, it waits for someone else.
        await page.Locator("[data-testid=risk-ask]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=risk-request]")).ToContainTextAsync("Say why the risk is acceptable");
        await PortalServer.Field(page, "risk-reason").FillAsync("Compensating control: the endpoint is reachable only from the batch network until the gateway lands.");
        await PortalServer.Field(page, "risk-until").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await PortalServer.Field(page, "risk-until").PressAsync("Tab");
        await page.Locator("[data-testid=risk-ask]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=finding-status]")).ToContainTextAsync("acceptance asked");
        await Assertions.Expect(page.Locator("[data-testid=risk-decision]")).ToContainTextAsync("You asked for it");
        await Assertions.Expect(page.Locator("[data-testid=risk-approve]")).ToHaveCountAsync(0);

        var approver = await portal.SignInAsync("admin@demo.local");
        await approver.GotoAsync(findingAddress);
        await PortalServer.WaitForInteractiveAsync(approver);
        await approver.Locator("[data-testid=risk-approve]").ClickAsync();
        await Assertions.Expect(approver.Locator("[data-testid=finding-status]")).ToHaveTextAsync("Risk accepted");
        await Assertions.Expect(approver.Locator("[data-testid=finding-risk]")).ToContainTextAsync("accepted by admin@demo.local");
        await Assertions.Expect(approver.Locator("[data-testid=finding-history]")).ToContainTextAsync("Risk accepted");
        await PortalServer.ScreenshotAsync(approver, "finding");
    }

    [Fact]
    public async Task ATeamLeadRecordsAControlWithItsJustificationAndEvidenceOnTheModelPage()
    {
        var page = await portal.SignInAsync("lead@demo.local");
        await page.GotoAsync("/models/fraud-scorer?tab=compliance");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=model-score]")).Not.ToHaveTextAsync("–");
        await Assertions.Expect(page.Locator("[data-testid=model-score-trend]")).ToBeVisibleAsync();

        var row = page.Locator("[data-testid=control-SP-01\\.2]");
        await row.Locator("[data-testid=control-open]").ClickAsync();
        await PortalServer.ChooseAsync(page, "control-status-select", "Not applicable");
        await PortalServer.Field(page, "control-justification").FillAsync(string.Empty);
        await page.Locator("[data-testid=control-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=control-editor]")).ToContainTextAsync("Say why the control does not apply");

        await PortalServer.Field(page, "control-justification").FillAsync("Trained on a managed platform; no developer workstations touch the data.");
        await PortalServer.Field(page, "control-justification").PressAsync("Tab");
        await page.Locator("[data-testid=control-save]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=control-status]")).ToContainTextAsync("Not applicable");

        await PortalServer.Field(page, "evidence-title").FillAsync("Platform attestation");
        await PortalServer.Field(page, "evidence-url").FillAsync("https://trust.example.internal/platform/attestation");
        await PortalServer.Field(page, "evidence-url").PressAsync("Tab");
        await page.Locator("[data-testid=evidence-add-link]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=control-editor]")).ToContainTextAsync("Platform attestation");
        await PortalServer.ScreenshotAsync(page, "model-compliance");
    }
}
