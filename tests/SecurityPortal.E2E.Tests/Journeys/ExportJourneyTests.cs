using System.Security.Cryptography;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class ExportJourneyTests(PortalServer portal)
{
    private static List<string> PdfWords(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)];
    }

    /// <summary>
    /// Whether the words of <paramref name="text"/> appear in the PDF in order: a title that wraps inside a table cell
    /// is read interleaved with its row's other cells, but its own words keep their order.
    /// </summary>
    private static bool InOrder(List<string> words, string text)
    {
        var at = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            at = words.IndexOf(word, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    [Fact]
    public async Task AComplianceOfficerExportsASignedOffAuditWatchesItGenerateDownloadsItFindsItInTheArchiveWithTheSameHashAndVerifiesIt()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        // aml-screening failed an item in its last signed-off cycle, so its audit has a finding.
        await page.GotoAsync("/audits?status=SignedOff&model=aml-screening");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=audit-link]").First.ClickAsync();
        await page.WaitForURLAsync("**/audits/*");
        await PortalServer.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("[data-testid=audit-item]").First).ToBeVisibleAsync();
        var title = (await page.Locator("h1.mud-typography-h4").TextContentAsync())!.Trim();
        Assert.Contains(": ", title, StringComparison.Ordinal);
        var codes = await page.Locator("[data-testid=audit-item]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        var findings = (await page.Locator("[data-testid=audit-finding] a").AllTextContentsAsync()).Select(f => f.Split(" · ", 2)[1].Trim()).ToList();
        await page.Locator("[data-testid=export-pdf]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=export-download]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=export-status]")).ToContainTextAsync("SHA-256");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-download]").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.StartsWith("audit-report-EXP-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));

        // The PDF holds the audit's title (model and plan), every checklist control and every finding.
        var words = PdfWords(bytes);
        var (model, plan) = (title.Split(": ", 2)[0], title.Split(": ", 2)[1]);
        Assert.True(InOrder(words, $"Audit of {model}"), $"the title '{title}'");
        Assert.True(InOrder(words, plan), plan);
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains(code, words));
        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.True(InOrder(words, finding), finding));

        await page.Locator("[data-nav=Exports]").ClickAsync();
        await page.WaitForURLAsync("**/exports");
        await PortalServer.WaitForInteractiveAsync(page);
        var row = page.Locator("[data-testid=export-row]").First;
        await Assertions.Expect(row.Locator("[data-testid=export-row-status]")).ToHaveTextAsync("Succeeded");
        await Assertions.Expect(row).ToContainTextAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        await Assertions.Expect(row).ToContainTextAsync("compliance@demo.local");
        await Assertions.Expect(row.Locator("[data-testid=export-signer]")).ToContainTextAsync("export signing (self-signed)");
        await Assertions.Expect(page.Locator("[data-testid=self-signed-notice]")).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "exports");

        // Whoever receives the file can check it: the one downloaded is ours and unchanged, a copy with one byte
        // changed is not.
        await page.Locator("[data-nav='Verify a PDF']").ClickAsync();
        await page.WaitForURLAsync("**/verify");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "received.pdf", MimeType = "application/pdf", Buffer = bytes });
        // The file travels over the circuit before it is checked: on a busy machine that takes a few seconds.
        await Assertions.Expect(page.Locator("[data-testid=verify-verdict]")).ToContainTextAsync("One of ours, unchanged", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=verify-signature]")).ToContainTextAsync("The signature is valid");
        await Assertions.Expect(page.Locator("[data-testid=verify-sha256]")).ToHaveTextAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        await PortalServer.ScreenshotAsync(page, "verify");

        var tampered = (byte[])bytes.Clone();
        var at = System.Text.Encoding.Latin1.GetString(tampered).IndexOf("stream\n", StringComparison.Ordinal) + 27;
        tampered[at] ^= 0x01;
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "tampered.pdf", MimeType = "application/pdf", Buffer = tampered });
        await Assertions.Expect(page.Locator("[data-testid=verify-verdict]")).ToContainTextAsync("Changed since export", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=verify-signature]")).ToContainTextAsync("changed after it was signed");
    }

    [Fact]
    public async Task ASecurityOfficerExportsAModelDossierFromTheModelPageAndGetsASignedMultiPagePdf()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/models/fraud-scorer");
        await PortalServer.WaitForInteractiveAsync(page);

        await page.Locator("[data-testid=export-pdf]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=export-download]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-download]").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        Assert.StartsWith("model-report-EXP-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("/ByteRange", text, StringComparison.Ordinal);
        Assert.Contains("/adbe.pkcs7.detached", text, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=export-status]")).ToContainTextAsync("pages");
    }

    [Fact]
    public async Task AComplianceOfficerSchedulesTheTrainingReportIsToldWhatIsMissingThenSeesItListedWithItsNextRun()
    {
        var page = await portal.SignInAsync("compliance@demo.local");
        await page.GotoAsync("/exports");
        await PortalServer.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=export-schedule]", new() { HasText = "Portfolio summary for the risk committee" })).ToBeVisibleAsync();

        await PortalServer.Field(page, "schedule-name").FillAsync("Journey: training on the 5th");
        await PortalServer.Field(page, "schedule-name").PressAsync("Tab");
        await PortalServer.ChooseAsync(page, "schedule-kind", "Training completion report");
        await PortalServer.Field(page, "schedule-day").FillAsync("5");
        await PortalServer.Field(page, "schedule-day").PressAsync("Tab");
        await page.Locator("[data-testid=schedule-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("Name from 1 to 20 recipients.")).ToBeVisibleAsync();

        await PortalServer.ChooseManyAsync(page, "schedule-recipients", "compliance@demo.local");
        await page.Locator("[data-testid=schedule-save]").ClickAsync();

        var row = page.Locator("[data-testid=export-schedule]", new() { HasText = "Journey: training on the 5th" });
        await Assertions.Expect(row).ToContainTextAsync("Monthly on day 5");
        await Assertions.Expect(row.Locator("[data-testid=export-schedule-next]")).ToContainTextAsync("Next ");
        await Assertions.Expect(row).ToContainTextAsync("compliance@demo.local");
        await PortalServer.ScreenshotAsync(page, "export-schedules");

        await row.Locator("[data-testid=export-schedule-toggle]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=export-schedule-next]")).ToHaveTextAsync("Paused");
    }

    [Fact]
    public async Task AnOfficerStartsThePortfolioSummaryAndWatchesItFinishInTheArchive()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        await page.GotoAsync("/assessments");
        await PortalServer.WaitForInteractiveAsync(page);

        await page.Locator("[data-testid=export-pdf]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=export-status]")).ToBeVisibleAsync();
        await page.Locator("[data-nav=Exports]").ClickAsync();
        await page.WaitForURLAsync("**/exports");

        // The archive follows an export that is still being made until it is done.
        var row = page.Locator("[data-testid=export-row]", new() { HasText = "Portfolio compliance summary" }).First;
        await Assertions.Expect(row.Locator("[data-testid=export-row-status]")).ToHaveTextAsync("Succeeded", new() { Timeout = 30_000 });
        await Assertions.Expect(row.Locator("[data-testid=export-file]")).ToContainTextAsync("pages");
        await Assertions.Expect(row.Locator("[data-testid=export-signer]")).ToContainTextAsync("Signed by");
    }
}
