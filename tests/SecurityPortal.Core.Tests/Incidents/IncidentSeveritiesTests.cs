using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentSeveritiesTests
{
    [Theory]
    [InlineData("SEV1", IncidentSeverity.Sev1)]
    [InlineData("sev2", IncidentSeverity.Sev2)]
    [InlineData("Sev3", IncidentSeverity.Sev3)]
    [InlineData(" SEV4 ", IncidentSeverity.Sev4)]
    public void ReadsSeveritiesInAnyLetterCase(string text, IncidentSeverity expected)
    {
        Assert.True(IncidentSeverities.TryParse(text, out var severity));
        Assert.Equal(expected, severity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SEV0")]
    [InlineData("SEV5")]
    [InlineData("SEV10")]
    [InlineData("1")]
    [InlineData("S1")]
    [InlineData("Sev1, Sev2")]
    [InlineData("High")]
    public void RefusesAnythingElse(string? text)
    {
        Assert.False(IncidentSeverities.TryParse(text, out _));
    }

    [Fact]
    public void LabelsReadBackAsTheSameSeverity()
    {
        foreach (var severity in IncidentSeverities.All)
        {
            Assert.True(IncidentSeverities.TryParse(IncidentSeverities.Label(severity), out var parsed));
            Assert.Equal(severity, parsed);
        }
    }

    [Fact]
    public void TheMostSevereIsLabelledSev1() => Assert.Equal("SEV1", IncidentSeverities.Label(IncidentSeverity.Sev1));
}
