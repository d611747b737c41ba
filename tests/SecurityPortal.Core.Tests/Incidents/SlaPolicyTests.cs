using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class SlaPolicyTests
{
    [Theory]
    [InlineData(IncidentSeverity.Sev1, 15, 4 * 60, 24 * 60)]
    [InlineData(IncidentSeverity.Sev2, 60, 24 * 60, 3 * 24 * 60)]
    [InlineData(IncidentSeverity.Sev3, 4 * 60, 3 * 24 * 60, 14 * 24 * 60)]
    [InlineData(IncidentSeverity.Sev4, 24 * 60, 14 * 24 * 60, 30 * 24 * 60)]
    public void DefaultTargetsTightenWithSeverity(IncidentSeverity severity, int acknowledgeMinutes, int containMinutes, int resolveMinutes)
    {
        var targets = SlaPolicy.Default.For(severity);

        Assert.Equal(TimeSpan.FromMinutes(acknowledgeMinutes), targets.Acknowledge);
        Assert.Equal(TimeSpan.FromMinutes(containMinutes), targets.Contain);
        Assert.Equal(TimeSpan.FromMinutes(resolveMinutes), targets.Resolve);
    }

    [Fact]
    public void TheDefaultPolicyIsValid() => Assert.Null(Record.Exception(SlaPolicy.Default.Validate));

    [Fact]
    public void AZeroTargetIsAConfigurationMistake()
    {
        var policy = With(IncidentSeverity.Sev2, new SlaTargets(TimeSpan.Zero, TimeSpan.FromHours(24), TimeSpan.FromDays(3)));

        var error = Assert.Throws<ValidationFailedException>(policy.Validate);

        Assert.Equal(["SEV2"], error.Errors.Keys);
    }

    [Fact]
    public void ContainingBeforeAcknowledgingIsAConfigurationMistake()
    {
        var policy = With(IncidentSeverity.Sev3, new SlaTargets(TimeSpan.FromHours(8), TimeSpan.FromHours(4), TimeSpan.FromDays(14)));

        var error = Assert.Throws<ValidationFailedException>(policy.Validate);

        Assert.Equal(["SEV3"], error.Errors.Keys);
        Assert.Contains("04:00:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvingBeforeContainingIsAConfigurationMistake()
    {
        var policy = With(IncidentSeverity.Sev1, new SlaTargets(TimeSpan.FromMinutes(15), TimeSpan.FromHours(24), TimeSpan.FromHours(4)));

        Assert.Equal(["SEV1"], Assert.Throws<ValidationFailedException>(policy.Validate).Errors.Keys);
    }

    [Fact]
    public void AMissingSeverityIsAConfigurationMistake()
    {
        var targets = SlaPolicy.Default.Targets.Where(t => t.Key != IncidentSeverity.Sev4).ToDictionary();
        var policy = new SlaPolicy(targets);

        Assert.Equal(["SEV4"], Assert.Throws<ValidationFailedException>(policy.Validate).Errors.Keys);
        Assert.Throws<InvalidOperationException>(() => policy.For(IncidentSeverity.Sev4));
    }

    [Fact]
    public void APolicyIsNotChangedByItsSourceDictionaryLater()
    {
        var source = SlaPolicy.Default.Targets.ToDictionary();
        var policy = new SlaPolicy(source);

        source[IncidentSeverity.Sev1] = new SlaTargets(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMinutes(15), policy.For(IncidentSeverity.Sev1).Acknowledge);
    }

    private static SlaPolicy With(IncidentSeverity severity, SlaTargets targets)
    {
        var all = SlaPolicy.Default.Targets.ToDictionary();
        all[severity] = targets;
        return new SlaPolicy(all);
    }
}
