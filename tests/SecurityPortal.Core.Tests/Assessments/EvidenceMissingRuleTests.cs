using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class EvidenceMissingRuleTests
{
    private static readonly EvidenceMissingRule Rule = new();

    [Fact]
    public void AnImplementedControlWithoutCurrentEvidenceIsAMediumFinding()
    {
        var model = WithControls(RiskTier.Limited, Status("SP-01.1", ControlImplementation.Implemented, hasEvidence: false));

        var finding = Assert.Single(Rule.Evaluate(model, Samples.At));

        Assert.Equal(AssessmentRuleKey.EvidenceMissing, finding.RuleKey);
        Assert.Equal(FindingSeverity.Medium, finding.Severity);
        Assert.Equal("SP-07.3", finding.ControlCode);
        Assert.Null(finding.Environment);
        Assert.Equal("SP-01.1", finding.Subject);
    }

    [Fact]
    public void AnImplementedControlWithCurrentEvidenceIsNotAFinding()
    {
        var model = WithControls(RiskTier.Limited, Status("SP-01.1", ControlImplementation.Implemented, hasEvidence: true));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Theory]
    [InlineData(ControlImplementation.Partial)]
    [InlineData(ControlImplementation.NotImplemented)]
    [InlineData(ControlImplementation.NotApplicable)]
    public void OnlyAClaimOfImplementedNeedsEvidence(ControlImplementation status)
    {
        var model = WithControls(RiskTier.Limited, Status("SP-01.1", status, hasEvidence: false));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void AControlOutsideTheModelsTierNeedsNoEvidence()
    {
        // SP-02.2 (customer-managed keys) applies to high-risk and general-purpose models only.
        var status = Status("SP-02.2", ControlImplementation.Implemented, hasEvidence: false);

        Assert.Empty(Rule.Evaluate(WithControls(RiskTier.Minimal, status), Samples.At));
        Assert.Single(Rule.Evaluate(WithControls(RiskTier.GeneralPurpose, status), Samples.At));
        Assert.Single(Rule.Evaluate(WithControls(RiskTier.HighRisk, status), Samples.At));
    }

    [Fact]
    public void AnAutomaticControlIsProvenByItsRuleNotByEvidence()
    {
        var model = WithControls(RiskTier.HighRisk, Status("SP-03.1", ControlImplementation.Implemented, hasEvidence: false));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void AnUnknownControlCodeIsIgnored()
    {
        var model = WithControls(RiskTier.Limited, Status("SP-99.9", ControlImplementation.Implemented, hasEvidence: false));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void TheSubjectIsTheCataloguesSpellingOfTheCode()
    {
        var model = WithControls(RiskTier.Limited, Status(" sp-01.1", ControlImplementation.Implemented, hasEvidence: false));

        Assert.Equal("SP-01.1", Assert.Single(Rule.Evaluate(model, Samples.At)).Subject);
    }

    [Fact]
    public void EachControlWithoutEvidenceIsItsOwnFinding()
    {
        var model = WithControls(
            RiskTier.Limited,
            Status("SP-01.1", ControlImplementation.Implemented, hasEvidence: false),
            Status("SP-01.2", ControlImplementation.Implemented, hasEvidence: true),
            Status("SP-01.3", ControlImplementation.Implemented, hasEvidence: false));

        Assert.Equal(["SP-01.1", "SP-01.3"], Rule.Evaluate(model, Samples.At).Select(f => f.Subject));
    }

    private static AssessedControlStatus Status(string code, ControlImplementation status, bool hasEvidence) =>
        new(code, status, Samples.At.AddDays(-10), hasEvidence);

    private static AssessedModel WithControls(RiskTier tier, params AssessedControlStatus[] statuses) =>
        Samples.HardenedEverywhere() with { RiskTier = tier, Controls = statuses };
}
