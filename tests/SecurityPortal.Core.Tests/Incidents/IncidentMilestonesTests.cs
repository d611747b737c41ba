using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentMilestonesTests
{
    private static readonly DateTimeOffset Detected = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly PhaseChange[] HandledOnce =
    [
        new(IncidentPhase.New, IncidentPhase.Triaged, Detected.AddMinutes(10)),
        new(IncidentPhase.Triaged, IncidentPhase.Contained, Detected.AddHours(2)),
        new(IncidentPhase.Contained, IncidentPhase.Eradicated, Detected.AddHours(6)),
        new(IncidentPhase.Eradicated, IncidentPhase.Recovered, Detected.AddHours(20)),
        new(IncidentPhase.Recovered, IncidentPhase.Closed, Detected.AddDays(5)),
    ];

    [Fact]
    public void AcknowledgedWhenItLeftNewContainedAtContainmentResolvedAtRecoveryWhateverTheOrderGiven()
    {
        var milestones = IncidentMilestones.FromHistory(Detected, HandledOnce.OrderByDescending(c => c.At));

        Assert.Equal(
            new IncidentMilestones(Detected, Detected.AddMinutes(10), Detected.AddHours(2), Detected.AddHours(20)),
            milestones);
    }

    [Fact]
    public void ANewIncidentHasOnlyItsDetection() =>
        Assert.Equal(new IncidentMilestones(Detected), IncidentMilestones.FromHistory(Detected, []));

    [Fact]
    public void ReopeningMakesTheIncidentUnresolvedAgain()
    {
        PhaseChange[] reopened = [.. HandledOnce, new(IncidentPhase.Closed, IncidentPhase.Triaged, Detected.AddDays(9))];

        var milestones = IncidentMilestones.FromHistory(Detected, reopened);

        Assert.Null(milestones.ResolvedAt);
        Assert.Equal(Detected.AddMinutes(10), milestones.AcknowledgedAt);
        Assert.Equal(Detected.AddHours(2), milestones.ContainedAt);
    }

    [Fact]
    public void AReopenedIncidentIsResolvedWhenItRecoversAgain()
    {
        PhaseChange[] reopened =
        [
            .. HandledOnce,
            new(IncidentPhase.Closed, IncidentPhase.Triaged, Detected.AddDays(9)),
            new(IncidentPhase.Triaged, IncidentPhase.Contained, Detected.AddDays(9).AddHours(1)),
            new(IncidentPhase.Contained, IncidentPhase.Eradicated, Detected.AddDays(9).AddHours(2)),
            new(IncidentPhase.Eradicated, IncidentPhase.Recovered, Detected.AddDays(10)),
        ];

        Assert.Equal(Detected.AddDays(10), IncidentMilestones.FromHistory(Detected, reopened).ResolvedAt);
    }
}
