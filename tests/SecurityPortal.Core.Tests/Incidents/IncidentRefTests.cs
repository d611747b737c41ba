using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentRefTests
{
    [Theory]
    [InlineData(2026, 42, "INC-2026-0042")]
    [InlineData(2026, 1, "INC-2026-0001")]
    [InlineData(2027, 9999, "INC-2027-9999")]
    [InlineData(2027, 12345, "INC-2027-12345")]
    public void ReferencesArePaddedToFourDigitsAndGrowBeyond(int year, int number, string expected)
    {
        Assert.Equal(expected, IncidentRef.Format(year, number));

        Assert.True(IncidentRef.TryParse(expected, out var parsedYear, out var parsedNumber));
        Assert.Equal((year, number), (parsedYear, parsedNumber));
    }

    [Theory]
    [InlineData("inc-2026-0042")]
    [InlineData(" INC-2026-0042 ")]
    public void ReferencesAreReadInAnyLetterCase(string text)
    {
        Assert.True(IncidentRef.TryParse(text, out var year, out var number));
        Assert.Equal((2026, 42), (year, number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INC-2026-42")]
    [InlineData("INC-26-0042")]
    [InlineData("INC-2026-00042")]
    [InlineData("INC-2026-0000")]
    [InlineData("INC-0000-0042")]
    [InlineData("INC-2026-")]
    [InlineData("INC-2026-+042")]
    [InlineData("INC-2026-0042-1")]
    [InlineData("BUG-2026-0042")]
    [InlineData("INC 2026 0042")]
    [InlineData("INC-2026-99999999999")]
    public void AnythingElseIsNotAReference(string? text)
    {
        Assert.False(IncidentRef.TryParse(text, out var year, out var number));
        Assert.Equal((0, 0), (year, number));
    }

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, -1)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    public void NumbersOutsideTheFormatAreRefused(int year, int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IncidentRef.Format(year, number));
}
