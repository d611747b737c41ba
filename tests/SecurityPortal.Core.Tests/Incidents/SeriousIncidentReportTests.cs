using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class SeriousIncidentReportTests
{
    private static readonly DateTimeOffset Aware = new(2026, 3, 2, 14, 30, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(ReportableKind.Standard, 15)]
    [InlineData(ReportableKind.Death, 10)]
    [InlineData(ReportableKind.CriticalInfrastructureOrWidespread, 2)]
    public void Article73DeadlinesCountFromAwareness(ReportableKind kind, int days)
    {
        Assert.Equal(Aware.AddDays(days), SeriousIncidentReport.DeadlineFor(kind, Aware));
    }

    [Fact]
    public void AnIncidentThatIsNotReportableHasNoDeadline() => Assert.Null(SeriousIncidentReport.DeadlineFor(ReportableKind.None, Aware));

    [Fact]
    public void TheDeadlineKeepsTheOffsetItWasGivenIn() =>
        Assert.Equal(TimeSpan.FromHours(1), SeriousIncidentReport.DeadlineFor(ReportableKind.Standard, Aware)!.Value.Offset);
}
