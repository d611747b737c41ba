using System.Globalization;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Reports.Incidents;

/// <summary>
/// The incident report for auditors and authorities: what happened and to which models, the SLA clocks met or
/// breached, the Art. 73 report, the root cause and lessons learned, and the whole timeline.
/// </summary>
public static class IncidentReport
{
    public static byte[] Render(IncidentReportModel incident, ReportHeader header, ReportSignature? signature = null)
    {
        using var report = new ReportComposer(header);
        report.Heading($"{incident.Ref}: {incident.Title}");
        report.Chips([new StatusChip(incident.Severity, ChipTone.Bad), new StatusChip(incident.Phase, ChipTone.Neutral), .. incident.Clocks.Any(c => c.Breached) ? [new StatusChip("SLA breached", ChipTone.Bad)] : Array.Empty<StatusChip>()]);
        report.KeyValues(
        [
            ("Category", incident.Category),
            ("Detected", Time(incident.DetectedAt)),
            ("Reported by", incident.Reporter),
            ("Assigned to", incident.Assignee ?? "Nobody"),
            ("Affected models", incident.AffectedModels.Count == 0 ? "None recorded" : string.Join(", ", incident.AffectedModels)),
        ]);
        report.Paragraph(incident.Description);

        report.Heading("SLA clocks", level: 2);
        report.Table(
            [new("Clock", 1.4), new("Started", 1.6), new("Due", 1.6), new("Met", 1.6), new("Outcome", 1.2)],
            incident.Clocks.Select(c => (IReadOnlyList<string>)[c.Name, Time(c.StartedAt), Time(c.DueAt), c.MetAt is { } met ? Time(met) : "—", Outcome(c)]));

        report.Heading("Report to the authority (EU AI Act Art. 73)", level: 2);
        var notification = incident.Notification;
        report.KeyValues(
        [
            ("Reportable", notification.Reportable),
            ("Due", notification.DueAt is { } due ? Time(due) : notification.Owed ? "—" : "Not owed"),
            ("Sent", notification.ReportedAt is { } sent ? Time(sent) : notification.Owed ? "Not yet" : "—"),
            ("Authority reference", notification.AuthorityReference ?? "—"),
        ]);

        report.Heading("Root cause", level: 2);
        report.Paragraph(incident.RootCause ?? "Not recorded yet.");
        report.Heading("Lessons learned", level: 2);
        report.Paragraph(incident.LessonsLearned ?? "Not recorded yet.");

        report.Heading("Timeline", level: 2);
        report.Table(
            [new("When", 1.5), new("Who", 1.6), new("What", 1.1), new("Details", 4)],
            incident.Timeline.Select(e => (IReadOnlyList<string>)[Time(e.At), e.Actor, e.Kind, e.Text]));

        return report.Finish(tableOfContents: false, signature);
    }

    private static string Outcome(IncidentReportClock clock) => clock switch
    {
        { Breached: true, MetAt: not null } => "Met late",
        { Breached: true } => "Breached",
        { MetAt: not null } => "Met",
        _ => "Running",
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
