using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class EscalationRuleTests
{
    private static readonly DateTimeOffset Detected = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly SlaTargets Sev2 = SlaPolicy.Default.For(IncidentSeverity.Sev2);

    // SEV2 acknowledged after ten minutes and never contained: the contain clock is due 24 hours in.
    private static readonly IncidentMilestones Acknowledged = new(Detected, AcknowledgedAt: Detected.AddMinutes(10));

    private static readonly HashSet<string> NothingSent = [];

    [Fact]
    public void ABreachIsNotifiedOnce()
    {
        var clocks = ClocksAt(Detected.AddHours(25));

        var notice = Assert.Single(EscalationRule.Due(clocks, NothingSent));
        Assert.Equal(new EscalationNotice("Contain:breach", SlaClockNames.Contain, true, Detected.AddHours(24)), notice);

        Assert.Empty(EscalationRule.Due(clocks, new HashSet<string> { notice.Key }));
    }

    [Fact]
    public void AWarningComesFirstThenTheBreach()
    {
        var warning = Assert.Single(EscalationRule.Due(ClocksAt(Detected.AddHours(20)), NothingSent));
        Assert.Equal("Contain:warning", warning.Key);
        Assert.False(warning.IsBreach);

        Assert.Empty(EscalationRule.Due(ClocksAt(Detected.AddHours(21)), new HashSet<string> { warning.Key }));

        var breach = Assert.Single(EscalationRule.Due(ClocksAt(Detected.AddHours(25)), new HashSet<string> { warning.Key }));
        Assert.Equal("Contain:breach", breach.Key);
        Assert.True(breach.IsBreach);
    }

    [Fact]
    public void MetClocksAreNeverEscalatedEvenWhenMetLate()
    {
        var late = new IncidentMilestones(Detected, Detected.AddHours(2), Detected.AddHours(30), Detected.AddDays(4));

        Assert.Empty(EscalationRule.Due(SlaClock.Evaluate(Sev2, late, Detected.AddDays(5)), NothingSent));
    }

    [Fact]
    public void EveryClockInTroubleIsNotified()
    {
        var untouched = SlaClock.Evaluate(Sev2, new IncidentMilestones(Detected), Detected.AddHours(20));

        Assert.Equal(["Acknowledge:breach", "Contain:warning"], EscalationRule.Due(untouched, NothingSent).Select(n => n.Key));
    }

    [Fact]
    public void TheArticle73ReportDeadlineEscalatesLikeAnyClock()
    {
        var aware = Detected.AddHours(1);

        var report = EscalationRule.ReportClock(ReportableKind.Death, aware, reportedAt: null, now: aware.AddDays(11));

        Assert.NotNull(report);
        Assert.Equal(SlaClockNames.Report, report.Name);
        Assert.Equal(aware.AddDays(10), report.DueAt);
        Assert.Equal("Report:breach", Assert.Single(EscalationRule.Due([report], NothingSent)).Key);
    }

    [Fact]
    public void ASentReportStopsItsClock()
    {
        var aware = Detected.AddHours(1);

        var report = EscalationRule.ReportClock(ReportableKind.CriticalInfrastructureOrWidespread, aware, aware.AddDays(1), aware.AddDays(30));

        Assert.Equal(SlaClockStatus.Met, report?.Status);
    }

    [Fact]
    public void AnIncidentThatIsNotReportableHasNoReportClock() =>
        Assert.Null(EscalationRule.ReportClock(ReportableKind.None, Detected, null, Detected.AddDays(30)));

    private static IReadOnlyList<SlaClockState> ClocksAt(DateTimeOffset now) => SlaClock.Evaluate(Sev2, Acknowledged, now);
}
