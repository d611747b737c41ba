using Microsoft.Extensions.Configuration;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Integration.Tests.Incidents;

public sealed class SlaPolicySettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void ConfiguredTargetsReplaceTheDefaultsOneByOne()
    {
        var policy = IncidentSettings.ReadSlaPolicy(Settings(("Portal:Incidents:Sla:SEV1:Contain", "02:00:00")));

        Assert.Equal(TimeSpan.FromHours(2), policy.For(IncidentSeverity.Sev1).Contain);
        Assert.Equal(TimeSpan.FromMinutes(15), policy.For(IncidentSeverity.Sev1).Acknowledge);
        Assert.Equal(SlaPolicy.Default.For(IncidentSeverity.Sev4), policy.For(IncidentSeverity.Sev4));
    }

    [Theory]
    [InlineData("Portal:Incidents:Sla:SEV2:Contain", "00:10:00", "SEV2")]
    [InlineData("Portal:Incidents:Sla:SEV3:Resolve", "soon", "soon")]
    public void APolicyThatMakesNoSenseStopsStartUpWithTheReason(string key, string value, string named)
    {
        var error = Assert.Throws<PortalConfigurationException>(() => IncidentSettings.ReadSlaPolicy(Settings((key, value))));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
