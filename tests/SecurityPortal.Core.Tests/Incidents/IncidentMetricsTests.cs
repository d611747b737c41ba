using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentMetricsTests
{
    // 5 January 2026 is a Monday.
    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly HandledIncident[] Handled =
    [
        // Detected Tuesday of week 1, resolved Thursday: two days.
        new(IncidentSeverity.Sev1, "fraud-scorer", Monday.AddDays(1), Monday.AddDays(1).AddMinutes(10), Monday.AddDays(1).AddHours(2), Monday.AddDays(3)),

        // Detected Friday of week 1, resolved Tuesday of week 2: four days; contained never recorded.
        new(IncidentSeverity.Sev1, "fraud-scorer", Monday.AddDays(4), Monday.AddDays(4).AddMinutes(20), null, Monday.AddDays(8)),

        // Detected Monday of week 2, still open.
        new(IncidentSeverity.Sev3, "support-bot", Monday.AddDays(7), Monday.AddDays(7).AddHours(4), null, null),

        // Not tied to a model.
        new(IncidentSeverity.Sev3, null, Monday.AddDays(8), null, null, null),
    ];

    [Fact]
    public void MeansCoverOnlyTheIncidentsThatReachedEachMilestone()
    {
        var sev1 = IncidentMetrics.BySeverity(Handled)[IncidentSeverity.Sev1];

        Assert.Equal(new ResponseTimes(2, TimeSpan.FromMinutes(15), TimeSpan.FromHours(2), TimeSpan.FromDays(3)), sev1);
    }

    [Fact]
    public void EverySeverityHasARowEvenWithoutIncidents()
    {
        var bySeverity = IncidentMetrics.BySeverity(Handled);

        Assert.Equal(IncidentSeverities.All, bySeverity.Keys.Order());
        Assert.Equal(new ResponseTimes(0, null, null, null), bySeverity[IncidentSeverity.Sev2]);
        Assert.Equal(new ResponseTimes(2, TimeSpan.FromHours(4), null, null), bySeverity[IncidentSeverity.Sev3]);
    }

    [Fact]
    public void ModelsAreMeasuredSeparatelyAndUnassignedIncidentsLeftOut()
    {
        var byModel = IncidentMetrics.ByModel(Handled);

        Assert.Equal(["fraud-scorer", "support-bot"], byModel.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(TimeSpan.FromDays(3), byModel["fraud-scorer"].MeanTimeToResolve);
        Assert.Equal(new ResponseTimes(1, TimeSpan.FromHours(4), null, null), byModel["support-bot"]);
    }

    [Fact]
    public void TheWeeklyTrendCountsOpeningsAndResolutionsByMondayWeeksWithoutGaps()
    {
        var from = DateOnly.FromDateTime(Monday.AddDays(2).UtcDateTime);
        var to = from.AddDays(14);

        var weeks = IncidentMetrics.WeeklyTrend(Handled, from, to);

        Assert.Equal(
            [
                new IncidentWeek(new DateOnly(2026, 1, 5), 2, 1, TimeSpan.FromDays(2)),
                new IncidentWeek(new DateOnly(2026, 1, 12), 2, 1, TimeSpan.FromDays(4)),
                new IncidentWeek(new DateOnly(2026, 1, 19), 0, 0, null),
            ],
            weeks);
    }

    [Theory]
    [InlineData(2026, 1, 5, 2026, 1, 5)]
    [InlineData(2026, 1, 11, 2026, 1, 5)]
    [InlineData(2026, 1, 1, 2025, 12, 29)]
    public void WeeksStartOnMonday(int year, int month, int day, int startYear, int startMonth, int startDay) =>
        Assert.Equal(new DateOnly(startYear, startMonth, startDay), IncidentMetrics.WeekStart(new DateOnly(year, month, day)));
}
