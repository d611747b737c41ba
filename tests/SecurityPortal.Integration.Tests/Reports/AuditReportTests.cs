using SecurityPortal.Reports.Audits;
using SecurityPortal.Reports.Composition;
using UglyToad.PdfPig;

namespace SecurityPortal.Integration.Tests.Reports;

public sealed class AuditReportTests
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static readonly AuditReportModel Audit = new(
        "Quarterly review of high-risk models", "High-risk models", "fraud-scorer", "Fraud scorer",
        new DateOnly(2026, 11, 7), new DateOnly(2026, 12, 7), "compliance@demo.local",
        [
            new("SP-01.1", "Isolated, access-controlled development environments", "Pass", "Reviewed the workspace policy."),
            new("SP-03.3", "Keys rotated and scoped", "Fail", "Production key older than 90 days."),
            new("SP-10.1", "Incident response plan", "Not applicable", "Covered by the group plan; see its reference."),
        ],
        [new("SP-03.3", "Rotate the production API key", "High", "Open", new DateOnly(2027, 1, 2))],
        [new("SP-01.1", "Workspace policy v3", Sha, new DateOnly(2027, 6, 30))],
        "Controls operate as described except key rotation; a finding was raised.",
        "compliance@demo.local",
        new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TheReportCarriesThePlanScopeResultsFindingsEvidenceHashAndSignOff()
    {
        var pdf = AuditReport.Render(Audit, new ReportHeader("Contoso Bank", "Audit report", "EXP-1", new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero)));

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("Quarterly review of high-risk models", text, StringComparison.Ordinal);
        Assert.Contains("Opened 2026-11-07, due 2026-12-07", text, StringComparison.Ordinal);
        Assert.Contains("Pass 1", text, StringComparison.Ordinal);
        Assert.Contains("Fail 1", text, StringComparison.Ordinal);
        Assert.Contains("Rotate the production API key", text, StringComparison.Ordinal);
        Assert.Contains($"SHA-256 {Sha}", text, StringComparison.Ordinal);
        Assert.Contains("Signed off 2026-12-03 10:00 UTC by compliance@demo.local", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuditNotSignedOffSaysItIsAWorkingCopy()
    {
        var pdf = AuditReport.Render(Audit with { SignedOffAt = null, SignedOffBy = null, Conclusion = null, Findings = [], Evidence = [] }, new ReportHeader("Contoso Bank", "Audit report", "EXP-2", DateTimeOffset.UnixEpoch));

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("Not signed off: this is a working copy", text, StringComparison.Ordinal);
        Assert.Contains("No finding was raised from this audit.", text, StringComparison.Ordinal);
        Assert.Contains("No evidence was on file", text, StringComparison.Ordinal);
    }
}
