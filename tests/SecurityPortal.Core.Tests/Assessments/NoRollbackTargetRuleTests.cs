using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class NoRollbackTargetRuleTests
{
    private static readonly NoRollbackTargetRule Rule = new();

    [Fact]
    public void AProductionDeploymentWithSomewhereToGoBackToHasNoFinding() =>
        Assert.Empty(Rule.Evaluate(Samples.HardenedEverywhere(), Samples.At));

    [Fact]
    public void AProductionDeploymentWithoutARollbackTargetIsAMediumFinding()
    {
        var model = Samples.Model(Samples.Hardened(DeploymentEnvironment.Production) with { HasRollbackTarget = false });

        var finding = Assert.Single(Rule.Evaluate(model, Samples.At));

        Assert.Equal(AssessmentRuleKey.NoRollbackTarget, finding.RuleKey);
        Assert.Equal(FindingSeverity.Medium, finding.Severity);
        Assert.Equal("SP-05.3", finding.ControlCode);
        Assert.Equal("production", finding.Subject);
    }

    [Theory]
    [InlineData(DeploymentEnvironment.Development)]
    [InlineData(DeploymentEnvironment.Staging)]
    public void OnlyProductionNeedsARollbackTarget(DeploymentEnvironment environment)
    {
        var model = Samples.Model(Samples.Hardened(environment) with { HasRollbackTarget = false });

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }
}
