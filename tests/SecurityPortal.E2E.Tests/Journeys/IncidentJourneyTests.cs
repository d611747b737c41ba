using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed partial class IncidentJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task OfficerReportsAnIncidentAndSeesItsClocks()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.Locator("[data-nav=Incidents]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=incidents] tbody tr").First).ToBeVisibleAsync();
        // The trend charts' axis labels are drawn at a readable size, not scaled down with the chart.
        await Assertions.Expect(page.Locator(".mud-chart svg text").First).ToBeVisibleAsync();
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('.mud-chart svg text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 10, $"The smallest chart label is {smallest:F1} px tall.");
        await PortalServer.ScreenshotAsync(page, "incidents");
        await page.Locator("[data-testid=new-incident]").ClickAsync();
        await page.WaitForURLAsync("**/incidents/new");
        await PortalServer.WaitForInteractiveAsync(page);

        await PortalServer.Field(page, "incident-title").FillAsync("Jailbreak prompts bypass the refund policy guard");
        await PortalServer.Field(page, "incident-description").FillAsync("Seen in chat transcripts from this morning.");
        await PortalServer.ChooseAsync(page, "incident-severity", "SEV2");
        await PortalServer.ChooseAsync(page, "incident-category", "LLM01 · Prompt Injection");
        // The picker searches the inventory as the officer types.
        await PortalServer.Field(page, "incident-models").FillAsync("support");
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("support-assistant · ", new() { Exact = false }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=chosen-model-support-assistant]")).ToBeVisibleAsync();
        // A click while the list is still closing lands on its overlay, not on the button.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await PortalServer.ChooseAsync(page, "incident-version-support-assistant", "1.1.0");
        await PortalServer.ScreenshotAsync(page, "incident-new");
        await page.Locator("[data-testid=submit-incident]").ClickAsync();

        // The form moves to the new incident inside the circuit (no page load to wait for).
        await Assertions.Expect(page).ToHaveURLAsync(RefPattern(), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=incident-phase]")).ToHaveTextAsync("New");
        await Assertions.Expect(page.Locator("[data-testid=clock-Acknowledge-status]")).ToContainTextAsync("left");
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Opened as SEV2");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "support-assistant 1.1.0" })).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "incident");
    }

    [Fact]
    public async Task ASecondOfficerSeesAPhaseChangeWithoutReloading()
    {
        var incidentRef = await portal.CreateIncidentAsync("kb-rag");
        var first = await portal.SignInAsync("officer@demo.local");
        var second = await portal.SignInAsync("admin@demo.local");
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"/incidents/{incidentRef}");
            await PortalServer.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid=incident-phase]")).ToHaveTextAsync("New");
        }

        await PortalServer.Field(first, "phase-note").FillAsync("Confirmed from the RAG logs");
        await first.Locator("[data-testid=move-Triaged]").ClickAsync();

        var fast = new LocatorAssertionsToHaveTextOptions { Timeout = 2000 };
        await Assertions.Expect(second.Locator("[data-testid=incident-phase]")).ToHaveTextAsync("Triaged", fast);
        await Assertions.Expect(second.Locator("[data-testid=timeline]")).ToContainTextAsync("New → Triaged: Confirmed from the RAG logs", new() { Timeout = 2000 });
        Assert.Equal($"/incidents/{incidentRef}", new Uri(second.Url).AbsolutePath);
    }

    [Fact]
    public async Task OfficerRollsBackTheAffectedModelFromTheIncident()
    {
        var incidentRef = await portal.CreateIncidentAsync("fraud-scorer", "SEV1");
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync($"/incidents/{incidentRef}");
        await PortalServer.WaitForInteractiveAsync(page);

        await PortalServer.Field(page, "incident-rollback-reason").FillAsync("Contain until the retrained model is reviewed");
        await page.Locator("[data-testid=incident-rollback-confirm]").ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("Production will run 1.0.0 instead of 1.1.0.");
        await PortalServer.ConfirmAsync(page, "Roll back to 1.0.0");

        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Rolled back fraud-scorer in Production");
        await page.GotoAsync("/models/fraud-scorer");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=history-Production]")).ToContainTextAsync($"{incidentRef}: Contain until the retrained model is reviewed");
    }

    [Fact]
    public async Task StaffReportASuspectedIncidentAndFollowOnlyTheirOwn()
    {
        var someoneElses = await portal.CreateIncidentAsync("kb-rag");
        var page = await portal.SignInAsync("staff@demo.local");
        await page.Locator("[data-nav=Incidents]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Incidents you reported");
        await page.Locator("[data-testid=new-incident]").ClickAsync();
        await page.WaitForURLAsync("**/incidents/new");
        await PortalServer.WaitForInteractiveAsync(page);

        await PortalServer.Field(page, "incident-title").FillAsync("Chat assistant gave a customer another customer's address");
        await PortalServer.ChooseAsync(page, "incident-severity", "SEV2");
        await PortalServer.ChooseAsync(page, "incident-category", "LLM02 · Sensitive Information Disclosure");
        await page.Locator("[data-testid=submit-incident]").ClickAsync();

        // The form moves to the new incident inside the circuit (no page load to wait for).
        await Assertions.Expect(page).ToHaveURLAsync(RefPattern(), new() { Timeout = 15_000 });
        var mine = new Uri(page.Url).AbsolutePath.Split('/').Last();
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Opened as SEV2 by staff@demo.local");
        await Assertions.Expect(page.Locator("[data-testid=phase-panel]")).ToHaveCountAsync(0);
        await page.GotoAsync("/incidents");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator($"[data-testid=incident-{mine}]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=incident-{someoneElses}]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=metric-open]")).ToHaveCountAsync(0);
        await PortalServer.ScreenshotAsync(page, "incidents-staff");

        // Someone else's incident reads as missing.
        await page.GotoAsync($"/incidents/{someoneElses}");
        await Assertions.Expect(page.Locator("[data-testid=not-found]")).ToContainTextAsync("We could not find that page");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Journey incident");
    }

    [Fact]
    public async Task RecordingTheArticle73ReportAsksFirstAndCanBeCorrected()
    {
        var incidentRef = await portal.CreateIncidentAsync("credit-limit", "SEV1", "Standard");
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync($"/incidents/{incidentRef}");
        await PortalServer.WaitForInteractiveAsync(page);

        await PortalServer.Field(page, "authority-reference").FillAsync("MSA-2026-0042");
        await page.Locator("[data-testid=record-report]").ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("The Art. 73 report clock stops");
        await PortalServer.CancelDialogAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=report-sent]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=clock-Report-status]")).ToContainTextAsync("left");

        await page.Locator("[data-testid=record-report]").ClickAsync();
        await PortalServer.ConfirmAsync(page, "Record as sent");
        await Assertions.Expect(page.Locator("[data-testid=report-sent]")).ToContainTextAsync("MSA-2026-0042");
        await Assertions.Expect(page.Locator("[data-testid=clock-Report-status]")).ToContainTextAsync("Met");

        await page.Locator("[data-testid=correct-report]").ClickAsync();
        await PortalServer.Field(page, "authority-reference").FillAsync("MSA-2026-0043");
        await page.Locator("[data-testid=record-report]").ClickAsync();
        await PortalServer.ConfirmAsync(page, "Save correction");
        await Assertions.Expect(page.Locator("[data-testid=report-sent]")).ToContainTextAsync("MSA-2026-0043");
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Art. 73 report record corrected");
    }

    [Fact]
    public async Task AnOpenIncidentPageCountsItsClockDownWithoutReloading()
    {
        var incidentRef = await portal.CreateIncidentAsync("email-triage");
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync($"/incidents/{incidentRef}");
        await PortalServer.WaitForInteractiveAsync(page);
        var clock = page.Locator("[data-testid=clock-Acknowledge-status]");
        await Assertions.Expect(clock).ToContainTextAsync("min left");
        var first = (await clock.TextContentAsync())!.Trim();

        // Shown to the minute and redrawn every 15 s: a new minute shows within 75 s at the latest.
        await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 75_000 });
        Assert.Equal($"/incidents/{incidentRef}", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task TheIncidentsListKeepsItsFiltersAndPageInTheAddress()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/incidents");
        await PortalServer.WaitForInteractiveAsync(page);

        await PortalServer.ChooseAsync(page, "incidents-severity", "SEV1");
        await page.WaitForURLAsync("**/incidents?severity=SEV1");
        await page.ReloadAsync();
        await PortalServer.WaitForInteractiveAsync(page);

        Assert.Contains("severity=SEV1", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=incidents] tbody tr").First).ToBeVisibleAsync();
        var severities = await page.Locator("[data-testid=incidents] [data-testid=severity]").AllTextContentsAsync();
        Assert.NotEmpty(severities);
        Assert.All(severities, s => Assert.Equal("SEV1", s.Trim()));
    }

    [GeneratedRegex(@".*/incidents/INC-\d{4}-\d{4,}$")]
    private static partial Regex RefPattern();
}
