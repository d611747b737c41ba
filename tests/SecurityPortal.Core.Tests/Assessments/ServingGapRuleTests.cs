using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class ServingGapRuleTests
{
    private static readonly ServingPosture Bare =
        new(ServingAuthMode.None, false, false, false, false, false, EncryptionAtRest.None, SignatureStatus.Unsigned);

    [Fact]
    public void AHardenedModelHasNoServingFindings()
    {
        var model = Samples.HardenedEverywhere();

        Assert.All(Enum.GetValues<ServingGap>(), gap => Assert.Empty(new ServingGapRule(gap).Evaluate(model, Samples.At)));
    }

    [Fact]
    public void AnUnauthenticatedProductionEndpointIsCritical()
    {
        var model = Samples.Model(Samples.WithPosture(DeploymentEnvironment.Production, p => p with { AuthMode = ServingAuthMode.None }));

        var finding = Assert.Single(new ServingGapRule(ServingGap.NoAuthentication).Evaluate(model, Samples.At));

        Assert.Equal(AssessmentRuleKey.NoAuthentication, finding.RuleKey);
        Assert.Equal(FindingSeverity.Critical, finding.Severity);
        Assert.Equal("SP-03.1", finding.ControlCode);
        Assert.Equal(DeploymentEnvironment.Production, finding.Environment);
        Assert.Equal("production", finding.Subject);
        Assert.Equal("No authentication in production", finding.Title);
        Assert.Contains("1.4.0", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("SP-03.1", finding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeploymentEnvironment.Development)]
    [InlineData(DeploymentEnvironment.Staging)]
    public void AnUnauthenticatedEndpointOutsideProductionIsHigh(DeploymentEnvironment environment)
    {
        var model = Samples.Model(Samples.WithPosture(environment, p => p with { AuthMode = ServingAuthMode.None }));

        var finding = Assert.Single(new ServingGapRule(ServingGap.NoAuthentication).Evaluate(model, Samples.At));

        Assert.Equal(FindingSeverity.High, finding.Severity);
    }

    [Theory]
    [InlineData(ServingGap.NoTls, FindingSeverity.High)]
    [InlineData(ServingGap.UnencryptedArtifact, FindingSeverity.High)]
    [InlineData(ServingGap.NoInputValidation, FindingSeverity.High)]
    [InlineData(ServingGap.NoMonitoring, FindingSeverity.High)]
    [InlineData(ServingGap.NoSecurityLogging, FindingSeverity.High)]
    [InlineData(ServingGap.UnsignedArtifact, FindingSeverity.Medium)]
    [InlineData(ServingGap.NoRateLimiting, FindingSeverity.Low)]
    public void EachGapInProductionHasItsSeverity(ServingGap gap, FindingSeverity severity)
    {
        var model = Samples.Model(Samples.WithPosture(DeploymentEnvironment.Production, _ => Bare));

        var finding = Assert.Single(new ServingGapRule(gap).Evaluate(model, Samples.At));

        Assert.Equal(severity, finding.Severity);
        Assert.Equal(AssessmentRuleKey.ForGap(gap), finding.RuleKey);
    }

    [Fact]
    public void ASignatureThatFailedVerificationIsWorseThanAMissingOne()
    {
        var model = Samples.Model(Samples.WithPosture(DeploymentEnvironment.Staging, p => p with { SignatureStatus = SignatureStatus.Invalid }));

        var finding = Assert.Single(new ServingGapRule(ServingGap.UnsignedArtifact).Evaluate(model, Samples.At));

        Assert.Equal(FindingSeverity.High, finding.Severity);
        Assert.Contains("failed verification", finding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignatureStatus.Signed)]
    [InlineData(SignatureStatus.Verified)]
    public void ASignedButUnverifiedArtifactIsNotAFinding(SignatureStatus status)
    {
        var model = Samples.Model(Samples.WithPosture(DeploymentEnvironment.Production, p => p with { SignatureStatus = status }));

        Assert.Empty(new ServingGapRule(ServingGap.UnsignedArtifact).Evaluate(model, Samples.At));
    }

    [Fact]
    public void PlatformManagedEncryptionIsEnough()
    {
        var model = Samples.Model(Samples.WithPosture(DeploymentEnvironment.Production, p => p with { EncryptionAtRest = EncryptionAtRest.PlatformManaged }));

        Assert.Empty(new ServingGapRule(ServingGap.UnencryptedArtifact).Evaluate(model, Samples.At));
    }

    [Theory]
    [InlineData(ServingGap.NoMonitoring, DeploymentEnvironment.Staging)]
    [InlineData(ServingGap.NoRateLimiting, DeploymentEnvironment.Staging)]
    [InlineData(ServingGap.NoInputValidation, DeploymentEnvironment.Development)]
    [InlineData(ServingGap.NoSecurityLogging, DeploymentEnvironment.Development)]
    public void AGapInAnEnvironmentTheControlDoesNotCoverIsNotAFinding(ServingGap gap, DeploymentEnvironment environment)
    {
        var model = Samples.Model(Samples.WithPosture(environment, _ => Bare));

        Assert.Empty(new ServingGapRule(gap).Evaluate(model, Samples.At));
    }

    [Fact]
    public void AFindingIsRaisedExactlyWhereTheRulesControlApplies()
    {
        foreach (var gap in Enum.GetValues<ServingGap>())
        {
            var rule = new ServingGapRule(gap);
            foreach (var tier in Enum.GetValues<RiskTier>())
            {
                foreach (var environment in Enum.GetValues<DeploymentEnvironment>())
                {
                    var model = Samples.Model(Samples.WithPosture(environment, _ => Bare)) with { RiskTier = tier };

                    Assert.Equal(rule.Control.AppliesTo(tier, environment), rule.Evaluate(model, Samples.At).Any());
                }
            }
        }
    }

    [Fact]
    public void EachDeploymentWithTheGapIsItsOwnFinding()
    {
        var model = Samples.Model(
            Samples.WithPosture(DeploymentEnvironment.Development, p => p with { Tls = false }),
            Samples.Hardened(DeploymentEnvironment.Staging),
            Samples.WithPosture(DeploymentEnvironment.Production, p => p with { Tls = false }));

        var findings = new ServingGapRule(ServingGap.NoTls).Evaluate(model, Samples.At).ToList();

        Assert.Equal(["development", "production"], findings.Select(f => f.Subject));
        Assert.All(findings, f => Assert.Equal("SP-08.1", f.ControlCode));
    }

    [Fact]
    public void EachGapIsDecidedByTheControlThatNamesItsRule() =>
        Assert.All(Enum.GetValues<ServingGap>(), gap =>
        {
            var rule = new ServingGapRule(gap);
            Assert.Equal(AssessmentRuleKey.ForGap(gap), rule.RuleKey);
            Assert.Equal(rule.RuleKey, rule.Control.RuleKey);
        });
}
