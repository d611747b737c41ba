using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class MissingDigestRuleTests
{
    private static readonly MissingDigestRule Rule = new();

    [Fact]
    public void VersionsWithADigestHaveNoFinding() => Assert.Empty(Rule.Evaluate(Samples.HardenedEverywhere(), Samples.At));

    [Theory]
    [InlineData(DeploymentEnvironment.Development)]
    [InlineData(DeploymentEnvironment.Staging)]
    [InlineData(DeploymentEnvironment.Production)]
    public void AVersionWithoutADigestIsAMediumFindingInEveryEnvironment(DeploymentEnvironment environment)
    {
        var model = Samples.Model(Samples.Hardened(environment) with { HasValidSha256 = false });

        var finding = Assert.Single(Rule.Evaluate(model, Samples.At));

        Assert.Equal(AssessmentRuleKey.MissingDigest, finding.RuleKey);
        Assert.Equal(FindingSeverity.Medium, finding.Severity);
        Assert.Equal("SP-05.1", finding.ControlCode);
        Assert.Equal(environment, finding.Environment);
        Assert.Equal(FindingSubject.Deployment(environment), finding.Subject);
    }

    [Theory]
    [InlineData(RiskTier.Minimal)]
    [InlineData(RiskTier.HighRisk)]
    [InlineData(RiskTier.Prohibited)]
    public void TheDigestIsRequiredWhateverTheTier(RiskTier tier)
    {
        var model = Samples.Model(Samples.Hardened(DeploymentEnvironment.Production) with { HasValidSha256 = false }) with { RiskTier = tier };

        Assert.Single(Rule.Evaluate(model, Samples.At));
    }
}
