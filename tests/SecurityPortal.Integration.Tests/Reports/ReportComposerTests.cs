using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SecurityPortal.Reports.Composition;
using UglyToad.PdfPig;

namespace SecurityPortal.Integration.Tests.Reports;

public sealed partial class ReportComposerTests
{
    [GeneratedRegex("^R[0-9]{3}$")]
    private static partial Regex RowMark();

    private static readonly ReportHeader Header = new("Contoso Bank", "Audit report: fraud-scorer", "EXP-2026-0042", new DateTimeOffset(2026, 12, 3, 13, 5, 0, TimeSpan.Zero));

    private static readonly TableColumn[] Columns = [new("Evidence", 2), new("SHA-256", 3), new("Expires")];

    private static IReadOnlyList<string> Row(int i) =>
        [$"Pen-test report {i}", $"{i:D4}" + new string('a', 60), $"2027-01-{(i % 28) + 1:D2}"];

    private static string[] PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }

    [Fact]
    public void ALongTableBreaksAcrossPagesRepeatingItsHeaderAndEveryPageCarriesTheFrame()
    {
        using var report = new ReportComposer(Header);
        report.Heading("Evidence");
        report.Table(Columns, Enumerable.Range(1, 120).Select(Row));

        var pages = PageTexts(report.Finish());

        Assert.True(pages.Length >= 3, $"{pages.Length} pages");
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Length}", pages[i], StringComparison.Ordinal);
            Assert.Contains("Contoso Bank", pages[i], StringComparison.Ordinal);
            Assert.Contains("Document EXP-2026-0042", pages[i], StringComparison.Ordinal);
            Assert.Contains("Generated 2026-12-03 13:05 UTC", pages[i], StringComparison.Ordinal);
            Assert.Contains("SHA-256", pages[i], StringComparison.Ordinal);
        }

        var all = string.Join(' ', pages);
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"Pen-test report {i.ToString(CultureInfo.InvariantCulture)} ", all + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void AFiveHundredRowTableLosesAndRepeatsNoRowAndEveryPageOfItStartsWithTheHeaderRow()
    {
        using var report = new ReportComposer(Header);
        report.Table([new("Row", 1), new("Name", 3)], Enumerable.Range(1, 500).Select(i => (IReadOnlyList<string>)[$"R{i:D3}", $"Item number {i}"]));

        var pdf = report.Finish();
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList()).ToList();
        var rows = pages.SelectMany(words => words.Where(w => RowMark().IsMatch(w))).ToList();

        Assert.True(pages.Count >= 10, $"{pages.Count} pages");
        Assert.Equal(Enumerable.Range(1, 500).Select(i => $"R{i:D3}"), rows);
        Assert.All(pages, words =>
        {
            // The header row comes before the page's first data row.
            var header = words.IndexOf("Row");
            var first = words.FindIndex(w => RowMark().IsMatch(w));
            Assert.InRange(header, 0, first);
        });
    }

    [Fact]
    public void TheContentsListEveryHeadingWithThePageItStartsOn()
    {
        using var report = new ReportComposer(Header);
        report.Heading("Scope");
        report.KeyValues([("Plan", "Quarterly review of high-risk models"), ("Auditor", "compliance@demo.local")]);
        report.Heading("Checklist");
        report.Table(Columns, Enumerable.Range(1, 80).Select(Row));
        report.Heading("Findings", level: 2);
        report.Chips([new("Pass", ChipTone.Good), new("Overdue", ChipTone.Bad), new("Medium", ChipTone.Warning)]);
        report.BarChart("Findings by severity", [new("Critical", 1), new("High", 3), new("Medium", 2), new("Low", 0)]);
        report.Paragraph("Signed off by compliance@demo.local.");

        var pages = PageTexts(report.Finish(tableOfContents: true));

        Assert.Contains("Contents", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Pen-test", pages[0], StringComparison.Ordinal);
        Assert.Equal(["Scope", "Checklist", "Findings"], report.Contents.Select(c => c.Text));
        foreach (var entry in report.Contents)
        {
            Assert.Contains(entry.Text, pages[entry.Page - 1], StringComparison.Ordinal);
            Assert.Matches($"{entry.Text} .*{entry.Page}", pages[0]);
        }

        Assert.Contains("Overdue", pages[^1], StringComparison.Ordinal);
        Assert.Contains("Critical", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void TheFontIsEmbeddedAsASubset()
    {
        using var report = new ReportComposer(Header);
        report.Paragraph("Every control of the checklist was reviewed.");

        var pdf = report.Finish();
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();

        // A subset's name carries a six-letter tag; an embedded TrueType font is a FontFile2 stream.
        Assert.All(fonts, name => Assert.Matches(SubsetFontName(), name));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void WrappingBreaksAtSpacesAndInsideAWordOnlyWhenItIsWiderThanTheLine()
    {
        static double Measure(string s) => s.Length;

        Assert.Equal(["the quick", "brown fox"], TextWrap.Lines("the quick brown fox", 10, Measure));
        Assert.Equal(["abcdefghij", "klmno end"], TextWrap.Lines("abcdefghijklmno end", 10, Measure));
        Assert.Equal(["abcdefghij", "klmnopqrst", "uv"], TextWrap.Lines("abcdefghijklmnopqrstuv", 10, Measure));
        Assert.Equal(["one", "", "two"], TextWrap.Lines("one\n\ntwo", 10, Measure));
        Assert.Equal([string.Empty], TextWrap.Lines(string.Empty, 10, Measure));
    }

    [GeneratedRegex(@"^[A-Z]{6}\+Segoe WP")]
    private static partial Regex SubsetFontName();
}
