using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class AssessedIncidentTests
{
    private static readonly DateTimeOffset Detected = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnUnacknowledgedSev2BreachesAfterAnHour()
    {
        var milestones = new IncidentMilestones(Detected);

        var early = AssessedIncident.Assess("INC-2026-0042", IncidentSeverity.Sev2, milestones, SlaPolicy.Default, Detected.AddMinutes(60));
        var late = AssessedIncident.Assess("INC-2026-0042", IncidentSeverity.Sev2, milestones, SlaPolicy.Default, Detected.AddMinutes(61));

        Assert.False(early.IsSlaBreached);
        Assert.Equal([SlaClockNames.Acknowledge], late.BreachedClocks);
    }

    [Fact]
    public void AMilestoneReachedLateStillCountsAsABreach()
    {
        var milestones = new IncidentMilestones(Detected, AcknowledgedAt: Detected.AddHours(2), ContainedAt: Detected.AddHours(3));

        var incident = AssessedIncident.Assess("INC-2026-0042", IncidentSeverity.Sev2, milestones, SlaPolicy.Default, Detected.AddHours(4));

        Assert.Equal([SlaClockNames.Acknowledge], incident.BreachedClocks);
    }

    [Fact]
    public void AnIncidentHandledInTimeIsNotBreached()
    {
        var milestones = new IncidentMilestones(Detected, Detected.AddMinutes(10), Detected.AddHours(2), Detected.AddHours(20));

        var incident = AssessedIncident.Assess("INC-2026-0042", IncidentSeverity.Sev1, milestones, SlaPolicy.Default, Detected.AddDays(30));

        Assert.False(incident.IsSlaBreached);
    }

    [Fact]
    public void AnOverdueAuthorityReportIsNotAResponseSlaBreach()
    {
        var incident = new Incident
        {
            Ref = "INC-2026-0042",
            Title = "Prompt injection leaked a system prompt",
            Description = "Found by a customer.",
            Category = "LLM01:2025",
            Reporter = "officer@demo.local",
            Severity = IncidentSeverity.Sev2,
            DetectedAt = Detected,
            AcknowledgedAt = Detected.AddMinutes(20),
            ContainedAt = Detected.AddHours(6),
            ResolvedAt = Detected.AddDays(1),
            Reportable = ReportableKind.Standard,
            ReportableSince = Detected,
        };
        var at = Detected.AddDays(20);
        Assert.Contains(incident.Clocks(SlaPolicy.Default, at), clock => clock.Name == SlaClockNames.Report && clock.IsBreached);

        var assessed = AssessedIncident.From(incident, SlaPolicy.Default, at);

        Assert.Equal("INC-2026-0042", assessed.Ref);
        Assert.Equal(IncidentSeverity.Sev2, assessed.Severity);
        Assert.False(assessed.IsSlaBreached);
    }
}
