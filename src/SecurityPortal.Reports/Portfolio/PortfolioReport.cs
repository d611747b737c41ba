using System.Globalization;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Reports.Portfolio;

/// <summary>
/// The portfolio compliance summary for management and regulators: the average score and its trend, scores per team
/// and per model, the heatmap of open findings by practice, open findings by severity, and how much of NIST AI RMF and
/// ISO/IEC 42001 Annex A the controls cover. Opens with a table of contents.
/// </summary>
public static class PortfolioReport
{
    public static byte[] Render(PortfolioReportModel portfolio, ReportHeader header, ReportSignature? signature = null)
    {
        using var report = new ReportComposer(header);
        report.Heading("Portfolio compliance summary");
        report.Chips(
        [
            new StatusChip(portfolio.AverageScore is { } score ? $"Average score {score}" : "Not assessed yet", portfolio.AverageScore >= 80 ? ChipTone.Good : portfolio.AverageScore >= 60 ? ChipTone.Warning : ChipTone.Bad),
            new StatusChip($"{portfolio.Models.Count} models", ChipTone.Neutral),
            new StatusChip($"{portfolio.OpenFindings.Sum(f => f.Count)} open findings", ChipTone.Neutral),
        ]);
        if (portfolio.Trend.Count > 0)
        {
            report.BarChart("Average score per assessment run (0–100)", [.. portfolio.Trend.TakeLast(12).Select(p => new ChartBar($"#{p.Run}", p.Score))], maximum: 100);
        }

        report.Heading("Scores per team", level: 2);
        if (portfolio.Teams.Count == 0)
        {
            report.Paragraph("No assessment has run yet.");
        }
        else
        {
            report.Table(
                [new("Team", 3), new("Score", 1), new("Models", 1), new("Previous run", 1.2)],
                portfolio.Teams.Select(t => (IReadOnlyList<string>)[t.Team, Number(t.Score), Number(t.Models), t.Previous is { } previous ? Number(previous) : "—"]));
        }

        report.Heading("Open findings by severity", level: 2);
        report.BarChart("Open findings", [.. portfolio.OpenFindings.Select(f => new ChartBar(f.Label, f.Count))]);

        report.Heading("Heatmap: worst open finding per model and practice", level: 2);
        if (portfolio.Heatmap.Count == 0)
        {
            report.Paragraph("No model has an open finding.");
        }
        else
        {
            report.Paragraph("Each cell: the worst open finding's severity (C critical, H high, M medium, L low) and how many are open; · none.", muted: true);
            report.Paragraph(string.Join("  ", portfolio.Practices.Select((p, i) => $"P{i + 1} {p}")), muted: true);
            report.Table(
                [new("Model", 2.6), .. portfolio.Practices.Select((_, i) => new TableColumn($"P{i + 1}", 0.7))],
                portfolio.Heatmap.Select(r => (IReadOnlyList<string>)[r.Model, .. r.Cells.Select(c => c.Worst is null ? "·" : $"{c.Worst} {c.Open}")]));
        }

        report.Heading("Scores per model", level: 2);
        report.Table(
            [new("Model", 2.2), new("Name", 3), new("Team", 2), new("Score", 0.8), new("Open findings", 1.1)],
            portfolio.Models.Select(m => (IReadOnlyList<string>)[m.Key, m.Name, m.Team, m.Score is { } s ? Number(s) : "—", Number(m.OpenFindings)]));

        foreach (var coverage in portfolio.Coverage)
        {
            report.Heading($"Framework coverage: {coverage.Framework}", level: 2);
            report.KeyValues([("Covered", $"{coverage.Covered} of {coverage.Items} items ({coverage.Percent.ToString("0", CultureInfo.InvariantCulture)}%)")]);
            report.Paragraph(coverage.Uncovered.Count == 0 ? "Every item is covered by at least one control." : $"Not covered by any control: {string.Join(", ", coverage.Uncovered)}.");
        }

        return report.Finish(tableOfContents: true, signature);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
