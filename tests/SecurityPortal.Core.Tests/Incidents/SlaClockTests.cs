using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Detected = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // SEV2: acknowledge within 1 hour, contain within 24 hours, resolve within 3 days.
    private static readonly SlaTargets Sev2 = SlaPolicy.Default.For(IncidentSeverity.Sev2);

    [Theory]
    [InlineData(0, SlaClockStatus.OnTrack)]
    [InlineData(45, SlaClockStatus.OnTrack)]
    [InlineData(46, SlaClockStatus.DueSoon)]
    [InlineData(60, SlaClockStatus.DueSoon)]
    [InlineData(61, SlaClockStatus.Breached)]
    public void AnUnacknowledgedIncidentWarnsInTheLastQuarterAndBreachesAfterTheDeadline(int minutesAfterDetection, SlaClockStatus expected)
    {
        var acknowledge = Clock(SlaClockNames.Acknowledge, new IncidentMilestones(Detected), Detected.AddMinutes(minutesAfterDetection));

        Assert.Equal(expected, acknowledge.Status);
        Assert.Equal(expected == SlaClockStatus.Breached, acknowledge.IsBreached);
        Assert.Equal(TimeSpan.FromMinutes(60 - minutesAfterDetection), acknowledge.TimeLeft);
    }

    [Fact]
    public void AnAcknowledgementInTimeIsMet()
    {
        var milestones = new IncidentMilestones(Detected, AcknowledgedAt: Detected.AddMinutes(30));

        var acknowledge = Clock(SlaClockNames.Acknowledge, milestones, Detected.AddDays(10));

        Assert.Equal(SlaClockStatus.Met, acknowledge.Status);
        Assert.False(acknowledge.IsBreached);
        Assert.Null(acknowledge.TimeLeft);
        Assert.Equal(Detected.AddMinutes(30), acknowledge.MetAt);
    }

    [Fact]
    public void ALateAcknowledgementIsMetLateAndStillABreach()
    {
        var milestones = new IncidentMilestones(Detected, AcknowledgedAt: Detected.AddMinutes(90));

        var acknowledge = Clock(SlaClockNames.Acknowledge, milestones, Detected.AddMinutes(91));

        Assert.Equal(SlaClockStatus.MetLate, acknowledge.Status);
        Assert.True(acknowledge.IsBreached);
        Assert.Null(acknowledge.TimeLeft);
    }

    [Fact]
    public void EveryClockRunsFromDetectionNotFromTheMilestoneBefore()
    {
        var milestones = new IncidentMilestones(Detected, AcknowledgedAt: Detected.AddHours(5));

        var clocks = SlaClock.Evaluate(Sev2, milestones, Detected.AddHours(20));

        Assert.Equal([SlaClockNames.Acknowledge, SlaClockNames.Contain, SlaClockNames.Resolve], clocks.Select(c => c.Name));
        Assert.Equal([Detected.AddHours(1), Detected.AddHours(24), Detected.AddDays(3)], clocks.Select(c => c.DueAt));
        Assert.Equal([SlaClockStatus.MetLate, SlaClockStatus.DueSoon, SlaClockStatus.OnTrack], clocks.Select(c => c.Status));
    }

    [Fact]
    public void AContainedIncidentKeepsTheResolveClockRunning()
    {
        var milestones = new IncidentMilestones(Detected, Detected.AddMinutes(10), Detected.AddHours(3));

        var clocks = SlaClock.Evaluate(Sev2, milestones, Detected.AddDays(4));

        Assert.Equal([SlaClockStatus.Met, SlaClockStatus.Met, SlaClockStatus.Breached], clocks.Select(c => c.Status));
        Assert.Equal(TimeSpan.FromDays(-1), clocks[2].TimeLeft);
    }

    private static SlaClockState Clock(string name, IncidentMilestones milestones, DateTimeOffset now) =>
        Assert.Single(SlaClock.Evaluate(Sev2, milestones, now), c => c.Name == name);
}
