using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ModelEditingJourneyTests(PortalServer portal)
{
    private const string Sha = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    [Fact]
    public async Task OfficerCreatesAModelThenRegistersApprovesAndDeploysAVersion()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=new-model]").ClickAsync();
        await page.WaitForURLAsync("**/models/new");
        await PortalServer.Field(page, "model-key").FillAsync("journey-ranker");
        await PortalServer.Field(page, "model-name").FillAsync("Journey ranker");
        await PortalServer.ChooseAsync(page, "model-team", "Data Science Lab");
        await PortalServer.ChooseAsync(page, "model-tier", "High-risk");
        await PortalServer.Field(page, "model-purpose").FillAsync("Ranks search results");
        await page.Locator("[data-testid=save-model]").ClickAsync();

        await page.WaitForURLAsync("**/models/journey-ranker");
        await Assertions.Expect(page.Locator("[data-testid=model-overview]")).ToContainTextAsync("Data Science Lab");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Versions" }).ClickAsync();
        await page.Locator("[data-testid=register-version]").ClickAsync();
        await PortalServer.Field(page, "version-number").FillAsync("1.0.0");
        await PortalServer.Field(page, "version-artifact").FillAsync("s3://models/journey-ranker/1.0.0/model.onnx");
        await PortalServer.Field(page, "version-sha256").FillAsync("not-a-digest");
        await page.Locator("[data-testid=save-version]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=version-form]")).ToContainTextAsync("64 hexadecimal characters");

        await PortalServer.Field(page, "version-sha256").FillAsync(Sha);
        await page.Locator("[data-testid=save-version]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("Draft");
        await page.Locator("[data-testid=submit-1\\.0\\.0]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("In review");

        // Separation of duties: the officer registered 1.0.0, so the officer may not approve it.
        await page.Locator("[data-testid=approve-1\\.0\\.0]").ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("becomes immutable");
        await PortalServer.ConfirmAsync(page, "Approve");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "someone else must approve it (separation of duties)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("In review");

        // An administrator cancels once (nothing changes), then approves.
        var reviewer = await portal.SignInAsync("admin@demo.local");
        await reviewer.GotoAsync("/models/journey-ranker?tab=versions");
        await PortalServer.WaitForInteractiveAsync(reviewer);
        await reviewer.Locator("[data-testid=approve-1\\.0\\.0]").ClickAsync();
        await PortalServer.CancelDialogAsync(reviewer);
        await Assertions.Expect(reviewer.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("In review");
        await reviewer.Locator("[data-testid=approve-1\\.0\\.0]").ClickAsync();
        await PortalServer.ConfirmAsync(reviewer, "Approve");
        await Assertions.Expect(reviewer.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("Approved");
        await page.ReloadAsync();
        await PortalServer.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Versions" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("Approved");

        await page.Locator("[data-testid=deploy-1\\.0\\.0]").ClickAsync();
        await PortalServer.ChooseAsync(page, "deploy-environment", "Staging");
        await PortalServer.Field(page, "deploy-endpoint").FillAsync("https://ml.example.internal/journey-ranker");
        await PortalServer.ScreenshotAsync(page, "model-deploy");
        await page.Locator("[data-testid=confirm-deploy]").ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Deployments" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=runs-Staging]")).ToHaveTextAsync("1.0.0");
    }

    [Fact]
    public async Task AReviewerCannotApproveAVersionSentBackMeanwhile()
    {
        var reviewer = await portal.SignInAsync("officer@demo.local");
        var other = await portal.SignInAsync("admin@demo.local");
        foreach (var page in new[] { reviewer, other })
        {
            await page.GotoAsync("/models/reg-change-radar?tab=versions");
            await PortalServer.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid=state-1\\.2\\.0-rc\\.1]")).ToHaveTextAsync("In review");
        }

        await other.Locator("[data-testid=send-back-1\\.2\\.0-rc\\.1]").ClickAsync();
        await Assertions.Expect(other.Locator("[data-testid=state-1\\.2\\.0-rc\\.1]")).ToHaveTextAsync("Draft");
        // The reviewer's page still shows the version in review; approving what they saw is refused.
        await reviewer.Locator("[data-testid=approve-1\\.2\\.0-rc\\.1]").ClickAsync();
        await PortalServer.ConfirmAsync(reviewer, "Approve");

        await Assertions.Expect(reviewer.Locator(".mud-snackbar")).ToContainTextAsync("Someone else changed this");
        await Assertions.Expect(reviewer.Locator("[data-testid=state-1\\.2\\.0-rc\\.1]")).ToHaveTextAsync("Draft");
    }

    [Fact]
    public async Task ASecondEditorSeesThatSomeoneElseChangedTheModel()
    {
        var first = await portal.SignInAsync("officer@demo.local");
        var second = await portal.SignInAsync("admin@demo.local");
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync("/models/support-assistant");
            await PortalServer.WaitForInteractiveAsync(page);
            await page.Locator("[data-testid=edit-model]").ClickAsync();
        }

        await PortalServer.Field(first, "model-name").FillAsync("Support assistant (EU)");
        await first.Locator("[data-testid=save-model]").ClickAsync();
        await Assertions.Expect(first.Locator("h1")).ToHaveTextAsync("Support assistant (EU)");

        await PortalServer.Field(second, "model-purpose").FillAsync("Overwrites the first edit");
        await second.Locator("[data-testid=save-model]").ClickAsync();

        await Assertions.Expect(second.Locator("[data-testid=model-conflict]")).ToContainTextAsync("Someone else changed this");
        await PortalServer.ScreenshotAsync(second, "model-edit-conflict");
        await second.Locator("[data-testid=model-reload]").ClickAsync();
        await Assertions.Expect(PortalServer.Field(second, "model-name")).ToHaveValueAsync("Support assistant (EU)");
    }

    [Fact]
    public async Task AnImportShowsRowErrorsAndWritesOnlyWhenConfirmed()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models/import");
        await PortalServer.WaitForInteractiveAsync(page);
        var csv = string.Join("\n",
            "key,name,owner_team,risk_tier,data_classification,purpose,tags",
            "journey-import-a,Imported A,Fraud Analytics,Limited,Internal,From the journey,imported",
            "journey-import-b,Imported B,No Such Team,Limited,Internal,,");

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "models.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });

        await Assertions.Expect(page.Locator("[data-testid=import-error-count]")).ToHaveTextAsync("1 with errors");
        await Assertions.Expect(page.Locator("[data-testid=import-result-3]")).ToHaveTextAsync("Error");
        await Assertions.Expect(page.Locator("[data-testid=import-rows]")).ToContainTextAsync("No active team 'No Such Team'");
        await Assertions.Expect(page.Locator("[data-testid=confirm-import]")).ToBeDisabledAsync();
        await PortalServer.ScreenshotAsync(page, "model-import-preview");

        // The confirmation is enabled once the circuit has taken the choice to leave the bad row out.
        await page.Locator("[data-testid=import-skip-errors]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-import]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=confirm-import]").ClickAsync();

        await page.WaitForURLAsync("**/models");
        await PortalServer.Field(page, "models-search").FillAsync("journey-import");
        await Assertions.Expect(page.Locator("[data-testid=models-grid] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=model-journey-import-a]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheExportDownloadsTheFilteredList()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models");
        await PortalServer.WaitForInteractiveAsync(page);
        await PortalServer.ChooseAsync(page, "models-environment", "Production");
        await Assertions.Expect(page.Locator("[data-testid=export-models]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("environment=Production"));
        await Assertions.Expect(page.Locator("[data-testid=models-total]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ models$"));
        var total = int.Parse((await page.Locator("[data-testid=models-total]").InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-models]").ClickAsync());

        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("models-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("key,name,owner_team,risk_tier,data_classification,purpose,tags", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(total, lines.Count - 1);
    }

    [Fact]
    public async Task TheModelsListKeepsItsFiltersSortAndPageInTheAddress()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models?riskTier=HighRisk&sort=Name&desc=true");
        await PortalServer.WaitForInteractiveAsync(page);

        var names = page.Locator("[data-testid=models-grid] tbody tr td:first-child");
        await Assertions.Expect(names.First).ToBeVisibleAsync();
        var shown = (await names.AllTextContentsAsync()).Select(n => n.Trim()).ToList();
        Assert.Equal(shown.OrderByDescending(n => n, StringComparer.Ordinal), shown);
        Assert.All(await page.Locator("[data-testid=models-grid] tbody tr td:nth-child(4)").AllTextContentsAsync(), t => Assert.Equal("High-risk", t.Trim()));

        await PortalServer.ChooseAsync(page, "models-environment", "Production");
        // The address follows the filter without a page load, so the address itself is polled.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("environment=Production"), new() { Timeout = 15_000 });
        Assert.Contains("riskTier=HighRisk", page.Url, StringComparison.Ordinal);
        Assert.Contains("sort=Name", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeployingToProductionAndRetiringAskFirstAndCancellingChangesNothing()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models/policy-summarizer?tab=versions");
        await PortalServer.WaitForInteractiveAsync(page);

        await page.Locator("[data-testid=deploy-1\\.0\\.0]").ClickAsync();
        await PortalServer.ChooseAsync(page, "deploy-environment", "Production");
        await page.Locator("[data-testid=confirm-deploy]").ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("Production will run 1.0.0 instead of 1.1.0.");
        await PortalServer.CancelDialogAsync(page);

        await page.Locator("[data-testid=retire-1\\.0\\.0]").ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("can no longer be deployed or rolled back to");
        await PortalServer.CancelDialogAsync(page);

        await page.ReloadAsync();
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=state-1\\.0\\.0]")).ToHaveTextAsync("Approved");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Deployments" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.1.0");
    }

    [Fact]
    public async Task ATeamLeadsOpenPageCannotChangeAModelThatMovedToAnotherTeam()
    {
        await portal.CreateDeployedModelAsync("journey-moving", "Fraud Analytics");
        var lead = await portal.SignInAsync("lead@demo.local");
        await lead.GotoAsync("/models/journey-moving?tab=versions");
        await PortalServer.WaitForInteractiveAsync(lead);
        await Assertions.Expect(lead.Locator("[data-testid=register-version]")).ToBeVisibleAsync();

        // While the lead's page is open, an administrator hands the model to another team.
        await portal.MoveModelAsync("journey-moving", "Customer Experience");
        const string refusal = "Only administrators, security officers and the Customer Experience team's lead can change this model.";

        await lead.Locator("[data-testid=register-version]").ClickAsync();
        await PortalServer.Field(lead, "version-number").FillAsync("1.2.0");
        await PortalServer.Field(lead, "version-artifact").FillAsync("s3://journey/journey-moving/1.2.0");
        await PortalServer.Field(lead, "version-sha256").FillAsync(Sha);
        await lead.Locator("[data-testid=save-version]").ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=version-form]")).ToContainTextAsync(refusal);
        await lead.Locator("[data-testid=version-form]").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await lead.Locator("[data-testid=deploy-1\\.0\\.0]").ClickAsync();
        await PortalServer.ChooseAsync(lead, "deploy-environment", "Staging");
        await PortalServer.Field(lead, "deploy-endpoint").FillAsync("https://ml.example.internal/journey-moving");
        await lead.Locator("[data-testid=confirm-deploy]").ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=deploy-error]")).ToContainTextAsync(refusal);

        await lead.GetByRole(AriaRole.Tab, new() { Name = "Deployments" }).ClickAsync();
        await lead.Locator("[data-testid=rollback-Production]").ClickAsync();
        await PortalServer.Field(lead, "rollback-reason").FillAsync("Trying from a stale page");
        await lead.Locator("[data-testid=confirm-rollback]").ClickAsync();
        await PortalServer.ConfirmAsync(lead, "Roll back to 1.0.0");
        await Assertions.Expect(lead.Locator(".mud-snackbar", new() { HasText = refusal })).ToBeVisibleAsync();

        Assert.Equal(["1.1.0", "1.0.0"], await portal.VersionsOfAsync("journey-moving"));
        await lead.GotoAsync("/models/journey-moving?tab=deployments");
        await PortalServer.WaitForInteractiveAsync(lead);
        await Assertions.Expect(lead.Locator("[data-testid=runs-Production]")).ToHaveTextAsync("1.1.0");
        await Assertions.Expect(lead.Locator("[data-testid=runs-Staging]")).ToHaveCountAsync(0);
    }
}
