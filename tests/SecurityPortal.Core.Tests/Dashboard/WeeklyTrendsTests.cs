using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Dashboard;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Dashboard;

public sealed class WeeklyTrendsTests
{
    // A Wednesday: its week started on Monday 2026-12-07.
    private static readonly DateOnly Today = new(2026, 12, 9);

    private static DateTimeOffset At(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ThirteenWeeksEndWithTheCurrentOneAndStartOnMondays()
    {
        var weeks = WeeklyTrends.WeekStarts(Today);

        Assert.Equal(13, weeks.Count);
        Assert.Equal(new DateOnly(2026, 12, 7), weeks[^1]);
        Assert.Equal(new DateOnly(2026, 9, 14), weeks[0]);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.DayOfWeek));
    }

    [Fact]
    public void IncidentsCountInTheWeekTheyOpenedAndTheWeekTheyClosedBySeverity()
    {
        IncidentDates[] incidents =
        [
            new(IncidentSeverity.Sev1, At(2026, 12, 7, 0), At(2026, 12, 8)),
            new(IncidentSeverity.Sev1, At(2026, 12, 6, 23), null),
            new(IncidentSeverity.Sev3, At(2026, 12, 1), At(2026, 12, 9)),
            new(IncidentSeverity.Sev2, At(2026, 1, 1), null),
        ];

        var opened = WeeklyTrends.Opened(incidents, Today);
        var closed = WeeklyTrends.Closed(incidents, Today);

        Assert.Equal(1, opened[^1].Counts[IncidentSeverity.Sev1]);
        Assert.Equal(1, opened[^2].Counts[IncidentSeverity.Sev1]);
        Assert.Equal(1, opened[^2].Counts[IncidentSeverity.Sev3]);
        Assert.Equal(3, opened.Sum(w => w.Total));
        Assert.Equal(2, closed[^1].Total);
        Assert.Equal(0, closed[^2].Total);
    }

    [Fact]
    public void AFindingIsOpenAtAWeeksEndFromItsFirstSightingUntilItIsResolved()
    {
        FindingDates[] findings =
        [
            new(FindingSeverity.High, At(2026, 11, 20), At(2026, 12, 2)),
            new(FindingSeverity.Critical, At(2026, 12, 8), null),
            new(FindingSeverity.Low, At(2026, 6, 1), null),
        ];

        var open = WeeklyTrends.OpenFindings(findings, Today);

        // Week of 11-30 ends 12-07 00:00: the High was resolved on 12-02.
        Assert.Equal(0, open[^2].Counts[FindingSeverity.High]);
        Assert.Equal(1, open[^3].Counts[FindingSeverity.High]);
        Assert.Equal(1, open[^1].Counts[FindingSeverity.Critical]);
        Assert.All(open, w => Assert.Equal(1, w.Counts[FindingSeverity.Low]));
    }

    [Fact]
    public void TheAverageScoreHoldsEachModelsLatestScoreUntilItChanges()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        (Guid, DateTimeOffset, int)[] scores = [(a, At(2026, 6, 1), 40), (b, At(2026, 11, 25), 80), (a, At(2026, 12, 8), 60)];

        var trend = WeeklyTrends.AverageScore(scores, Today);

        Assert.Equal(40, trend[0].Value);
        Assert.Equal(60, trend[^2].Value);
        Assert.Equal(70, trend[^1].Value);
        Assert.Null(WeeklyTrends.AverageScore([], Today)[^1].Value);
    }

    [Fact]
    public void AnAuditSignedOffByTheEndOfItsDueDayIsOnTime()
    {
        SignedOffAudit[] audits =
        [
            new(new DateOnly(2026, 12, 8), At(2026, 12, 8, 23)),
            new(new DateOnly(2026, 12, 7), At(2026, 12, 8, 1)),
            new(new DateOnly(2026, 11, 1), At(2026, 10, 30)),
        ];

        var weeks = WeeklyTrends.AuditsSignedOff(audits, Today);

        Assert.Equal(1, weeks[^1].Counts[true]);
        Assert.Equal(1, weeks[^1].Counts[false]);
        Assert.Equal(3, weeks.Sum(w => w.Total));
    }
}
