using SecurityPortal.Core.Exports;

namespace SecurityPortal.Core.Tests.Exports;

public sealed class ExportPeriodsTests
{
    private static readonly DateOnly LongAgo = new(2026, 1, 1);

    [Theory]
    [InlineData("2026-12-01", 1, "2026-12", "2026-12-01")]
    [InlineData("2026-12-31", 1, "2026-12", "2026-12-01")]
    [InlineData("2026-12-14", 15, "2026-11", "2026-11-15")]
    [InlineData("2026-12-15", 15, "2026-12", "2026-12-15")]
    [InlineData("2027-01-03", 28, "2026-12", "2026-12-28")]
    public void AMonthlyScheduleIsDueForTheLatestMonthWhoseDayHasCome(string today, int day, string period, string runsOn)
    {
        var due = ExportPeriods.Due(ExportCadence.Monthly, day, LongAgo, DateOnly.Parse(today));

        Assert.Equal(new ExportPeriod(period, DateOnly.Parse(runsOn)), due);
    }

    [Theory]
    [InlineData("2026-12-04", "2026-Q4", "2026-10-01")]
    [InlineData("2026-10-01", "2026-Q4", "2026-10-01")]
    [InlineData("2026-09-30", "2026-Q3", "2026-07-01")]
    [InlineData("2027-02-10", "2027-Q1", "2027-01-01")]
    public void AQuarterlyScheduleRunsInTheQuartersFirstMonth(string today, string period, string runsOn)
    {
        var due = ExportPeriods.Due(ExportCadence.Quarterly, 1, LongAgo, DateOnly.Parse(today));

        Assert.Equal(new ExportPeriod(period, DateOnly.Parse(runsOn)), due);
    }

    [Fact]
    public void AScheduleMadeAfterThisPeriodsDayFirstRunsNextPeriod()
    {
        var madeOn = new DateOnly(2026, 12, 4);

        Assert.Null(ExportPeriods.Due(ExportCadence.Monthly, 1, madeOn, madeOn));
        Assert.Null(ExportPeriods.Due(ExportCadence.Monthly, 1, madeOn, new DateOnly(2026, 12, 31)));
        Assert.Equal("2027-01", ExportPeriods.Due(ExportCadence.Monthly, 1, madeOn, new DateOnly(2027, 1, 1))?.Key);
        Assert.Equal(new DateOnly(2027, 1, 1), ExportPeriods.Next(ExportCadence.Monthly, 1, madeOn, madeOn));
    }

    [Fact]
    public void AScheduleMadeOnItsDayRunsThatDay()
    {
        var day = new DateOnly(2026, 12, 1);

        Assert.Equal("2026-12", ExportPeriods.Due(ExportCadence.Monthly, 1, day, day)?.Key);
        Assert.Equal(day, ExportPeriods.Next(ExportCadence.Monthly, 1, day, day));
        Assert.Equal(new DateOnly(2027, 1, 1), ExportPeriods.Next(ExportCadence.Monthly, 1, day, day.AddDays(1)));
        Assert.Equal(new DateOnly(2027, 1, 1), ExportPeriods.Next(ExportCadence.Quarterly, 1, day, new DateOnly(2026, 11, 20)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void ADayEveryMonthDoesNotHaveIsRefused(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExportPeriods.Due(ExportCadence.Monthly, day, LongAgo, LongAgo));

    [Fact]
    public void APausedScheduleIsNeverDue()
    {
        var schedule = new ExportSchedule { Name = "Monthly", Recipients = "a@b.c", Cadence = ExportCadence.Monthly, DayOfMonth = 1, CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Active = false };

        Assert.Null(schedule.DuePeriod(new DateOnly(2026, 12, 2)));
        Assert.Equal(["a@b.c"], schedule.RecipientList);
    }
}
