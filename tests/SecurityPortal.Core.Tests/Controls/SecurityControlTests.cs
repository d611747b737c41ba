using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class SecurityControlTests
{
    private static readonly SecurityControl Unlimited = new()
    {
        Code = "SP-03.9",
        Practice = SecurityPractice.ApiAuthentication,
        Title = "Test control",
        Objective = "Something is true.",
        Guidance = "Make it true.",
        Mappings = [new FrameworkItemRef(Framework.EuAiAct, "Art. 15")],
    };

    [Fact]
    public void AControlWithoutLimitsAppliesToEveryTierAndEnvironment()
    {
        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            Assert.True(Unlimited.AppliesTo(tier, null));
            Assert.All(Enum.GetValues<DeploymentEnvironment>(), environment => Assert.True(Unlimited.AppliesTo(tier, environment)));
        }
    }

    [Fact]
    public void ATierLimitedControlSkipsOtherTiersInEveryEnvironment()
    {
        var control = Unlimited with { AppliesToRiskTiers = new HashSet<RiskTier> { RiskTier.HighRisk } };

        Assert.True(control.AppliesTo(RiskTier.HighRisk, DeploymentEnvironment.Development));
        Assert.True(control.AppliesTo(RiskTier.HighRisk, null));
        Assert.False(control.AppliesTo(RiskTier.GeneralPurpose, DeploymentEnvironment.Production));
        Assert.False(control.AppliesTo(RiskTier.Minimal, null));
    }

    [Fact]
    public void AnEnvironmentLimitedControlSkipsOtherEnvironments()
    {
        var control = Unlimited with { AppliesToEnvironments = new HashSet<DeploymentEnvironment> { DeploymentEnvironment.Production } };

        Assert.True(control.AppliesTo(RiskTier.Minimal, DeploymentEnvironment.Production));
        Assert.False(control.AppliesTo(RiskTier.Minimal, DeploymentEnvironment.Staging));
        Assert.False(control.AppliesTo(RiskTier.HighRisk, DeploymentEnvironment.Development));
    }

    [Fact]
    public void AModelLevelQuestionIsDecidedByTheTierAlone()
    {
        var control = Unlimited with
        {
            AppliesToRiskTiers = new HashSet<RiskTier> { RiskTier.Limited },
            AppliesToEnvironments = new HashSet<DeploymentEnvironment> { DeploymentEnvironment.Production },
        };

        Assert.True(control.AppliesTo(RiskTier.Limited, null));
        Assert.False(control.AppliesTo(RiskTier.HighRisk, null));
    }

    [Fact]
    public void BothLimitsMustHold()
    {
        var control = Unlimited with
        {
            AppliesToRiskTiers = new HashSet<RiskTier> { RiskTier.HighRisk },
            AppliesToEnvironments = new HashSet<DeploymentEnvironment> { DeploymentEnvironment.Production },
        };

        Assert.True(control.AppliesTo(RiskTier.HighRisk, DeploymentEnvironment.Production));
        Assert.False(control.AppliesTo(RiskTier.HighRisk, DeploymentEnvironment.Staging));
        Assert.False(control.AppliesTo(RiskTier.Limited, DeploymentEnvironment.Production));
    }

    [Fact]
    public void AControlIsAutomaticExactlyWhenItNamesARule()
    {
        Assert.Equal(ControlCheck.Attested, Unlimited.Check);
        Assert.Equal(ControlCheck.Automatic, (Unlimited with { RuleKey = AssessmentRuleKey.NoAuthentication }).Check);
    }

    [Fact]
    public void TheRollbackControlAppliesToProductionOnly()
    {
        var rollback = ControlCatalogue.Find("SP-05.3")!;

        Assert.True(rollback.AppliesTo(RiskTier.Minimal, DeploymentEnvironment.Production));
        Assert.False(rollback.AppliesTo(RiskTier.HighRisk, DeploymentEnvironment.Staging));
    }

    [Fact]
    public void SeriousIncidentReportingAppliesToHighRiskModelsOnly()
    {
        var reporting = ControlCatalogue.Find("SP-10.3")!;

        Assert.Contains(new FrameworkItemRef(Framework.EuAiAct, "Art. 73"), reporting.Mappings);
        Assert.Equal([RiskTier.HighRisk], Enum.GetValues<RiskTier>().Where(t => reporting.AppliesTo(t, null)));
    }
}
