using System.Globalization;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Reports.Training;

/// <summary>
/// The training completion report: how much of what people owe is done, per team and per course, the weekly trend,
/// and everyone who is overdue with what and since when.
/// </summary>
public static class TrainingReport
{
    public static byte[] Render(TrainingReportModel training, ReportHeader header, ReportSignature? signature = null)
    {
        using var report = new ReportComposer(header);
        report.Heading("Training completion");
        var overall = training.Overall;
        report.Chips(
        [
            new StatusChip($"{overall.Percent}% complete", overall.Percent >= 90 ? ChipTone.Good : overall.Percent >= 70 ? ChipTone.Warning : ChipTone.Bad),
            new StatusChip($"{overall.Completed} of {overall.Assigned} done", ChipTone.Neutral),
            new StatusChip($"{overall.Overdue} overdue", overall.Overdue == 0 ? ChipTone.Good : ChipTone.Bad),
        ]);
        report.Paragraph("Counts what each person owes now: their newest assignment of each course. A completion counts while it has not expired.", muted: true);

        report.Heading("Per team", level: 2);
        report.BarChart("Completion per team (%)", [.. training.Teams.Select(t => new ChartBar(t.Name, t.Percent))], maximum: 100);
        Figures(report, "Team", training.Teams);

        report.Heading("Per course", level: 2);
        Figures(report, "Course", training.Courses);

        if (training.Trend.Count > 0)
        {
            report.Heading("Trend", level: 2);
            report.BarChart("Completion at the end of each week (%)", [.. training.Trend.Select(w => new ChartBar(w.Week.ToString("MM-dd", CultureInfo.InvariantCulture), w.Percent))], maximum: 100);
        }

        report.Heading("Overdue", level: 2);
        if (training.Overdue.Count == 0)
        {
            report.Paragraph("Nobody is overdue.");
        }
        else
        {
            report.Table(
                [new("Person", 2.4), new("Team", 1.6), new("Course", 3), new("Due", 1.2)],
                training.Overdue.Select(o => (IReadOnlyList<string>)[o.Person, o.Team ?? "No team", o.Course, o.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
        }

        return report.Finish(tableOfContents: false, signature);
    }

    private static void Figures(ReportComposer report, string what, IReadOnlyList<TrainingReportFigure> figures) =>
        report.Table(
            [new(what, 3), new("Assigned", 1), new("Completed", 1), new("Overdue", 1), new("Complete", 1)],
            figures.Select(f => (IReadOnlyList<string>)[
                f.Name,
                f.Assigned.ToString(CultureInfo.InvariantCulture),
                f.Completed.ToString(CultureInfo.InvariantCulture),
                f.Overdue.ToString(CultureInfo.InvariantCulture),
                $"{f.Percent.ToString(CultureInfo.InvariantCulture)}%"]));
}
