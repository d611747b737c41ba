using Bunit;
using MudBlazor;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class PlainChipTests : PortalComponentContext
{
    [Fact]
    public void APlainChipCarriesMudChipsClassesForItsColourAndVariant()
    {
        var chip = Render(Plain.Chip("Art. 73", Color.Warning, Variant.Outlined, testId: "chip")).Find("[data-testid=chip]");

        Assert.Equal("Art. 73", chip.TextContent);
        Assert.Contains("mud-chip-outlined", chip.ClassList);
        Assert.Contains("mud-chip-color-warning", chip.ClassList);
    }

    [Theory]
    [InlineData(IncidentSeverity.Sev1, "SEV1", "mud-chip-color-error")]
    [InlineData(IncidentSeverity.Sev3, "SEV3", "mud-chip-color-info")]
    public void TheSeverityChipSaysTheSeverityAndColoursIt(IncidentSeverity severity, string label, string colour)
    {
        var chip = Render(SeverityChip.For(severity)).Find("[data-testid=severity]");

        Assert.Equal(label, chip.TextContent);
        Assert.Contains(colour, chip.ClassList);
    }
}
