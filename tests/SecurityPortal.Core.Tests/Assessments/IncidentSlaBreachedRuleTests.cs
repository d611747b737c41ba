using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class IncidentSlaBreachedRuleTests
{
    private static readonly IncidentSlaBreachedRule Rule = new();

    [Theory]
    [InlineData(IncidentSeverity.Sev1)]
    [InlineData(IncidentSeverity.Sev2)]
    public void ASevereIncidentPastItsSlaIsAHighFinding(IncidentSeverity severity)
    {
        var model = WithIncidents(new AssessedIncident("INC-2026-0042", severity, [SlaClockNames.Acknowledge, SlaClockNames.Contain]));

        var finding = Assert.Single(Rule.Evaluate(model, Samples.At));

        Assert.Equal(AssessmentRuleKey.IncidentSlaBreached, finding.RuleKey);
        Assert.Equal(FindingSeverity.High, finding.Severity);
        Assert.Equal("SP-10.2", finding.ControlCode);
        Assert.Null(finding.Environment);
        Assert.Equal("INC-2026-0042", finding.Subject);
        Assert.Contains("acknowledge, contain", finding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IncidentSeverity.Sev3)]
    [InlineData(IncidentSeverity.Sev4)]
    public void ALesserIncidentPastItsSlaIsLeftToEscalation(IncidentSeverity severity)
    {
        var model = WithIncidents(new AssessedIncident("INC-2026-0042", severity, [SlaClockNames.Resolve]));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void ASevereIncidentWithinItsSlaIsNotAFinding()
    {
        var model = WithIncidents(new AssessedIncident("INC-2026-0042", IncidentSeverity.Sev1, []));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void TheIncidentRefIsTheSubjectInItsOneSpelling()
    {
        var model = WithIncidents(new AssessedIncident(" inc-2026-0042 ", IncidentSeverity.Sev2, [SlaClockNames.Resolve]));

        Assert.Equal("INC-2026-0042", Assert.Single(Rule.Evaluate(model, Samples.At)).Subject);
    }

    [Fact]
    public void EachBreachedIncidentIsItsOwnFinding()
    {
        var model = WithIncidents(
            new AssessedIncident("INC-2026-0001", IncidentSeverity.Sev1, [SlaClockNames.Acknowledge]),
            new AssessedIncident("INC-2026-0002", IncidentSeverity.Sev3, [SlaClockNames.Acknowledge]),
            new AssessedIncident("INC-2026-0003", IncidentSeverity.Sev2, [SlaClockNames.Resolve]));

        Assert.Equal(["INC-2026-0001", "INC-2026-0003"], Rule.Evaluate(model, Samples.At).Select(f => f.Subject));
    }

    [Fact]
    public void TheRuleAppliesToEveryTier() =>
        Assert.All(Enum.GetValues<RiskTier>(), tier =>
        {
            var model = WithIncidents(new AssessedIncident("INC-2026-0042", IncidentSeverity.Sev1, [SlaClockNames.Acknowledge])) with { RiskTier = tier };
            Assert.Single(Rule.Evaluate(model, Samples.At));
        });

    private static AssessedModel WithIncidents(params AssessedIncident[] incidents) => Samples.HardenedEverywhere() with { OpenIncidents = incidents };
}
