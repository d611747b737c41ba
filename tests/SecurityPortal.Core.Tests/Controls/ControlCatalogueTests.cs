using System.Globalization;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class ControlCatalogueTests
{
    private static readonly IReadOnlyList<SecurityControl> Catalogue = ControlCatalogue.All;

    [Fact]
    public void TheCatalogueHoldsThirtyToFortyControls() => Assert.InRange(Catalogue.Count, 30, 40);

    [Fact]
    public void CodesAreUniqueAndWellFormed()
    {
        Assert.Equal(Catalogue.Count, Catalogue.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Catalogue, c =>
        {
            Assert.Matches("^SP-(0[1-9]|10)\\.[1-9]$", c.Code);
            Assert.StartsWith(SecurityPractices.CodePrefix(c.Practice) + ".", c.Code, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EachPracticeNumbersItsControlsFromOneWithoutGaps()
    {
        foreach (var practice in SecurityPractices.All)
        {
            var codes = ControlCatalogue.ForPractice(practice).Select(c => c.Code).ToList();
            var expected = Enumerable.Range(1, codes.Count)
                .Select(n => string.Create(CultureInfo.InvariantCulture, $"{SecurityPractices.CodePrefix(practice)}.{n}"));

            Assert.Equal(expected, codes);
        }
    }

    [Fact]
    public void EveryPracticeHasTwoToFiveControls() =>
        Assert.All(SecurityPractices.All, practice => Assert.InRange(ControlCatalogue.ForPractice(practice).Count, 2, 5));

    [Fact]
    public void ControlsAreListedInCodeOrder() =>
        Assert.Equal(Catalogue.Select(c => c.Code).Order(StringComparer.Ordinal), Catalogue.Select(c => c.Code));

    [Fact]
    public void EveryMappingResolvesToAFrameworkItem()
    {
        var unresolved = Catalogue
            .SelectMany(c => c.Mappings.Where(m => !FrameworkCatalogue.Contains(m)).Select(m => $"{c.Code}: {m.Framework} {m.Id}"))
            .ToList();

        Assert.Empty(unresolved);
    }

    [Fact]
    public void EveryControlMapsToOneToSixDistinctItems() =>
        Assert.All(Catalogue, c =>
        {
            Assert.InRange(c.Mappings.Count, 1, 6);
            Assert.Equal(c.Mappings.Count, c.Mappings.Distinct().Count());
        });

    [Fact]
    public void EveryRuleKeyIsUsedByExactlyOneControl() =>
        Assert.All(AssessmentRuleKey.All, key => Assert.Single(Catalogue, c => c.RuleKey == key));

    [Fact]
    public void ControlsNameOnlyKnownRules() =>
        Assert.All(Catalogue.Where(c => c.RuleKey is not null), c => Assert.True(AssessmentRuleKey.IsKnown(c.RuleKey), c.Code));

    [Fact]
    public void BothKindsOfCheckAreUsed()
    {
        Assert.Contains(Catalogue, c => c.Check == ControlCheck.Automatic);
        Assert.Contains(Catalogue, c => c.Check == ControlCheck.Attested);
    }

    [Theory]
    [InlineData(AssessmentRuleKey.NoAuthentication, SecurityPractice.ApiAuthentication)]
    [InlineData(AssessmentRuleKey.NoTls, SecurityPractice.SecureServingInfrastructure)]
    [InlineData(AssessmentRuleKey.UnencryptedArtifact, SecurityPractice.ModelEncryption)]
    [InlineData(AssessmentRuleKey.NoInputValidation, SecurityPractice.InputValidation)]
    [InlineData(AssessmentRuleKey.NoMonitoring, SecurityPractice.MonitoringAndLogging)]
    [InlineData(AssessmentRuleKey.NoSecurityLogging, SecurityPractice.MonitoringAndLogging)]
    [InlineData(AssessmentRuleKey.UnsignedArtifact, SecurityPractice.VersioningAndRollback)]
    [InlineData(AssessmentRuleKey.NoRateLimiting, SecurityPractice.SecureServingInfrastructure)]
    [InlineData(AssessmentRuleKey.MissingDigest, SecurityPractice.VersioningAndRollback)]
    [InlineData(AssessmentRuleKey.NoRollbackTarget, SecurityPractice.VersioningAndRollback)]
    [InlineData(AssessmentRuleKey.IncidentSlaBreached, SecurityPractice.IncidentResponse)]
    [InlineData(AssessmentRuleKey.AuditOverdue, SecurityPractice.RegularAudits)]
    [InlineData(AssessmentRuleKey.TrainingOverdue, SecurityPractice.StaffTraining)]
    public void EachRuleDecidesAControlOfTheRightPractice(string key, SecurityPractice practice) =>
        Assert.Equal(practice, Assert.Single(Catalogue, c => c.RuleKey == key).Practice);

    [Fact]
    public void EveryControlIsWrittenOut() =>
        Assert.All(Catalogue, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Code);
            Assert.DoesNotMatch("\\.$", c.Title);
            Assert.EndsWith(".", c.Objective, StringComparison.Ordinal);
            Assert.EndsWith(".", c.Guidance, StringComparison.Ordinal);
        });

    [Fact]
    public void TitlesAreUnique() =>
        Assert.Equal(Catalogue.Count, Catalogue.Select(c => c.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());

    [Fact]
    public void EveryControlAppliesSomewhere() =>
        Assert.All(Catalogue, c =>
        {
            Assert.NotEmpty(c.AppliesToRiskTiers);
            Assert.NotEmpty(c.AppliesToEnvironments);
        });

    [Theory]
    [InlineData("SP-03.1")]
    [InlineData("sp-03.1")]
    [InlineData(" SP-03.1 ")]
    public void ControlsAreFoundByCodeInAnyLetterCase(string code) =>
        Assert.Equal(AssessmentRuleKey.NoAuthentication, ControlCatalogue.Find(code)?.RuleKey);

    [Fact]
    public void AnUnknownCodeFindsNothing() => Assert.Null(ControlCatalogue.Find("SP-11.1"));

    [Fact]
    public void AMinimalRiskModelInDevelopmentSkipsTheProductionAndHighRiskControls()
    {
        var codes = ControlCatalogue.ApplicableTo(RiskTier.Minimal, DeploymentEnvironment.Development).Select(c => c.Code).ToList();

        Assert.Contains("SP-03.1", codes);
        Assert.DoesNotContain("SP-05.3", codes);
        Assert.DoesNotContain("SP-10.3", codes);
        Assert.DoesNotContain("SP-04.2", codes);
    }

    [Fact]
    public void AHighRiskModelInProductionMustMeetEveryControl() =>
        Assert.Equal(Catalogue, ControlCatalogue.ApplicableTo(RiskTier.HighRisk, DeploymentEnvironment.Production));
}
