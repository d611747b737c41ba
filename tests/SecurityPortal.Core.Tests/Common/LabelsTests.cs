using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Common;

public sealed class LabelsTests
{
    [Theory]
    [InlineData(ModelVersionState.InReview, "In review")]
    [InlineData(ModelVersionState.Approved, "Approved")]
    [InlineData(RiskTier.HighRisk, "High-risk")]
    [InlineData(ServingAuthMode.OAuth2, "OAuth 2 / OIDC")]
    public void ModelValuesReadAsPeopleSayThem(Enum value, string label) => Assert.Equal(label, LabelOf(value));

    [Fact]
    public void ArticleSeventyThreeKindsNameTheirDeadline()
    {
        Assert.Equal("Critical infrastructure or widespread infringement (report within 2 days)", Labels.Of(ReportableKind.CriticalInfrastructureOrWidespread));
        Assert.Equal("Not reportable", Labels.Of(ReportableKind.None));
    }

    [Fact]
    public void NamesArrivingAsTextGetTheSameLabel() =>
        Assert.Equal(Labels.Of(TimelineEntryKind.PhaseChange), Labels.Of<TimelineEntryKind>("PhaseChange"));

    [Fact]
    public void UnknownNamesAreShownAsTheyCame() => Assert.Equal("Sideways", Labels.Of<ModelVersionState>("Sideways"));

    [Fact]
    public void LabelsInsideSentencesAreLowerCaseButAcronymsStay()
    {
        Assert.Equal("in review", Labels.InSentence(ModelVersionState.InReview));
        Assert.Equal("SEV1", Labels.InSentence(IncidentSeverity.Sev1));
    }

    [Fact]
    public void EveryLabelledEnumHasOneDistinctLabelPerValue()
    {
        foreach (var type in Labels.LabelledEnums)
        {
            var labels = Enum.GetValues(type).Cast<Enum>().Select(LabelOf).ToList();
            Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(labels, label => Assert.DoesNotMatch("[a-z][A-Z]", label));
        }
    }

    [Fact]
    public void CompoundNamesAreListedForThePagesCheckSingleWordsAreNot()
    {
        var raw = Labels.RawNamesWithLabels();

        Assert.Contains("InReview", raw);
        Assert.Contains("CriticalInfrastructureOrWidespread", raw);
        Assert.Contains("PhaseChange", raw);
        Assert.DoesNotContain("Limited", raw);
    }

    private static string LabelOf(Enum value)
    {
        var method = typeof(Labels).GetMethods().Single(m => m.Name == nameof(Labels.Of) && m.GetParameters()[0].ParameterType.IsGenericParameter);
        return (string)method.MakeGenericMethod(value.GetType()).Invoke(null, [value])!;
    }
}
