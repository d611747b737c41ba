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

        await page.WaitForURLAsync(RefPattern());
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

        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Rolled back fraud-scorer in Production");
        await page.GotoAsync("/models/fraud-scorer");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=history-Production]")).ToContainTextAsync($"{incidentRef}: Contain until the retrained model is reviewed");
    }

    [GeneratedRegex(@".*/incidents/INC-\d{4}-\d{4,}$")]
    private static partial Regex RefPattern();
}
