using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Dashboard;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Training;

namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>Turns the trends into bars, each segment linked to the filtered list behind it.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<TrendBar> Incidents(IReadOnlyList<TrendWeek<IncidentSeverity>> weeks, bool closed) =>
        [.. weeks.Select(week => new TrendBar(week.StartsOn, [.. IncidentSeverities.All.Reverse().Select(severity => new TrendSegment(
            IncidentSeverities.Label(severity),
            week.Counts[severity],
            IncidentColour(severity),
            closed ? $"/incidents?severity={severity}&phase=Closed" : $"/incidents?severity={severity}"))]))];

    public static IReadOnlyList<TrendBar> Findings(IReadOnlyList<TrendWeek<FindingSeverity>> weeks) =>
        [.. weeks.Select(week => new TrendBar(week.StartsOn, [.. Enum.GetValues<FindingSeverity>().Select(severity => new TrendSegment(
            severity.ToString(), week.Counts[severity], FindingColour(severity), $"/findings?severity={severity}&status=Open"))]))];

    public static IReadOnlyList<TrendBar> Scores(IReadOnlyList<TrendValue> weeks) =>
        [.. weeks.Select(week => new TrendBar(week.StartsOn, week.Value is { } value ? [new TrendSegment("Average score", value, Palette("primary"), "/assessments")] : []))];

    /// <summary>Training points are measured at the end of each week back from today; shown at their week's start.</summary>
    public static IReadOnlyList<TrendBar> Training(IReadOnlyList<CompletionPoint> points) =>
        [.. points.Select(point => new TrendBar(IncidentMetrics.WeekStart(point.On), [new TrendSegment("Completed", point.Percent, Palette("success"), "/training/team")]))];

    public static IReadOnlyList<TrendBar> Audits(IReadOnlyList<TrendWeek<bool>> weeks) =>
        [.. weeks.Select(week => new TrendBar(week.StartsOn,
        [
            new TrendSegment("On time", week.Counts[true], Palette("success"), "/audits?status=SignedOff"),
            new TrendSegment("Late", week.Counts[false], Palette("error"), "/audits?status=SignedOff"),
        ]))];

    private static string IncidentColour(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Sev1 => Palette("error"),
        IncidentSeverity.Sev2 => Palette("warning"),
        IncidentSeverity.Sev3 => Palette("info"),
        _ => Palette("text-disabled"),
    };

    private static string FindingColour(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => Palette("error"),
        FindingSeverity.High => Palette("warning"),
        FindingSeverity.Medium => Palette("info"),
        _ => Palette("text-disabled"),
    };

    private static string Palette(string name) => $"var(--mud-palette-{name})";

    /// <summary>The label for a week count like "3 this week".</summary>
    public static string ThisWeek<TKey>(IReadOnlyList<TrendWeek<TKey>> weeks, string what)
        where TKey : notnull => $"{weeks[^1].Total:N0} {what} this week";
}
