using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentCategoryTests
{
    [Theory]
    [InlineData("LLM01")]
    [InlineData("llm10")]
    [InlineData("ML05")]
    [InlineData("AML.TA0000")]
    [InlineData("aml.ta0015")]
    [InlineData("Other")]
    [InlineData("OTHER")]
    [InlineData(" LLM03 ")]
    public void FrameworkIdentifiersAndOtherAreAccepted(string text) => Assert.True(IncidentCategory.IsValid(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LLM00")]
    [InlineData("LLM11")]
    [InlineData("LLM1")]
    [InlineData("ML11")]
    [InlineData("AML.TA0016")]
    [InlineData("AML.TA15")]
    [InlineData("AML.T0051")]
    [InlineData("Prompt Injection")]
    public void AnythingElseIsRefused(string? text) => Assert.False(IncidentCategory.IsValid(text));

    [Theory]
    [InlineData("llm01", "LLM01")]
    [InlineData(" aml.ta0004 ", "AML.TA0004")]
    [InlineData("other", "Other")]
    [InlineData("Other", "Other")]
    public void CategoriesAreStoredInOneSpelling(string text, string stored) => Assert.Equal(stored, IncidentCategory.Normalize(text));

    [Theory]
    [InlineData("LLM01", "Prompt Injection")]
    [InlineData("LLM07", "System Prompt Leakage")]
    [InlineData("LLM10", "Unbounded Consumption")]
    [InlineData("ml06", "AI Supply Chain Attacks")]
    [InlineData("ML10", "Model Poisoning")]
    [InlineData("AML.TA0010", "Exfiltration")]
    [InlineData("AML.TA0000", "AI Model Access")]
    [InlineData("Other", "Other")]
    public void CategoriesHaveTheirFrameworkTitles(string id, string title) => Assert.Equal(title, IncidentCategory.Describe(id));

    [Fact]
    public void AnUnknownStoredCategoryStillDisplays() => Assert.Equal("AML.TA0099", IncidentCategory.Describe("AML.TA0099"));

    [Fact]
    public void ThePickerOffersEveryCategoryOnceInItsStoredSpelling()
    {
        Assert.Equal(10 + 10 + 16 + 1, IncidentCategory.All.Count);
        Assert.Equal(IncidentCategory.All.Count, IncidentCategory.All.Select(c => c.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(IncidentCategory.All, c =>
        {
            Assert.True(IncidentCategory.IsValid(c.Id));
            Assert.Equal(c.Id, IncidentCategory.Normalize(c.Id));
        });
    }
}
