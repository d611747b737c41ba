using SecurityPortal.Core.Audits;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditCycleTests
{
    private static readonly DateOnly Anchor = new(2026, 3, 31);

    [Theory]
    [InlineData(AuditRecurrence.Monthly, 1)]
    [InlineData(AuditRecurrence.Quarterly, 3)]
    [InlineData(AuditRecurrence.SemiAnnual, 6)]
    [InlineData(AuditRecurrence.Annual, 12)]
    public void EachRecurrenceIsAFixedNumberOfMonths(AuditRecurrence recurrence, int months) =>
        Assert.Equal(months, AuditCycle.MonthsOf(recurrence));

    [Fact]
    public void DueDatesAreCountedFromTheAnchorSoTheEndOfTheMonthComesBack()
    {
        // Monthly from 31 March: 30 April, then 31 May again, never drifting to the 30th for good.
        Assert.Equal(new DateOnly(2026, 4, 30), AuditCycle.Of(Anchor, AuditRecurrence.Monthly, 5, 1).DueOn);
        Assert.Equal(new DateOnly(2026, 5, 31), AuditCycle.Of(Anchor, AuditRecurrence.Monthly, 5, 2).DueOn);
        Assert.Equal(new DateOnly(2026, 5, 26), AuditCycle.Of(Anchor, AuditRecurrence.Monthly, 5, 2).OpensOn);
    }

    [Fact]
    public void NothingIsCurrentBeforeTheFirstCycleOpens()
    {
        Assert.Null(AuditCycle.Current(Anchor, AuditRecurrence.Quarterly, 14, Anchor.AddDays(-15)));
        Assert.Equal(0, AuditCycle.Current(Anchor, AuditRecurrence.Quarterly, 14, Anchor.AddDays(-14))!.Number);
    }

    [Theory]
    [InlineData("2026-06-15", 0)] // the first cycle is overdue, the next not open yet: still the first
    [InlineData("2026-06-16", 1)] // the second opens 14 days before 30 June
    [InlineData("2026-09-30", 2)]
    [InlineData("2027-03-31", 4)]
    public void TheCurrentCycleIsTheLatestThatHasOpened(string today, int number)
    {
        var cycle = AuditCycle.Current(Anchor, AuditRecurrence.Quarterly, 14, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal(number, cycle.Number);
        Assert.Equal(AuditCycle.Of(Anchor, AuditRecurrence.Quarterly, 14, number), cycle);
    }

    [Fact]
    public void TheCurrentCycleStaysTheSameThroughItsPeriodWhateverTheDay()
    {
        var cycles = Enumerable.Range(0, 365).Select(d => new DateOnly(2026, 4, 1).AddDays(d))
            .Select(day => (Day: day, Cycle: AuditCycle.Current(Anchor, AuditRecurrence.Quarterly, 30, day)!))
            .ToList();

        // Every day belongs to the cycle opened most recently, and the number only ever steps up by one.
        Assert.All(cycles, c => Assert.True(c.Cycle.OpensOn <= c.Day && AuditCycle.Of(Anchor, AuditRecurrence.Quarterly, 30, c.Cycle.Number + 1).OpensOn > c.Day));
        Assert.All(cycles.Zip(cycles.Skip(1)), pair => Assert.InRange(pair.Second.Cycle.Number - pair.First.Cycle.Number, 0, 1));
    }

    [Fact]
    public void TheCalendarListsTheDueDatesInTheRangeBothEndsIncluded()
    {
        var due = AuditCycle.DueBetween(Anchor, AuditRecurrence.Quarterly, 14, new DateOnly(2026, 6, 30), new DateOnly(2027, 3, 31)).Select(c => c.DueOn);

        Assert.Equal([new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 31)], due);
    }

    [Theory]
    [InlineData(AuditRecurrence.Monthly)]
    [InlineData(AuditRecurrence.Quarterly)]
    [InlineData(AuditRecurrence.Annual)]
    public void TheLongestLeadTimeNeverOpensACycleBeforeThePreviousIsDue(AuditRecurrence recurrence)
    {
        var lead = AuditCycle.MaxLeadDays(recurrence);
        for (var n = 1; n < 30; n++)
        {
            Assert.True(AuditCycle.Of(Anchor, recurrence, lead, n).OpensOn > AuditCycle.Of(Anchor, recurrence, lead, n - 1).DueOn);
        }
    }
}
