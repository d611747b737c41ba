using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class ReviewStaleRuleTests
{
    private static readonly ReviewStaleRule Rule = new();

    [Theory]
    [InlineData(0, false)]
    [InlineData(179, false)]
    [InlineData(180, false)]
    [InlineData(181, true)]
    [InlineData(400, true)]
    public void AStatusGoesStaleOnceMoreThan180DaysHavePassed(int daysSinceReview, bool stale)
    {
        var model = WithControls(RiskTier.Limited, ReviewedDaysAgo("SP-01.1", daysSinceReview));

        Assert.Equal(stale, Rule.Evaluate(model, Samples.At).Any());
    }

    [Fact]
    public void AStaleStatusIsALowFindingAboutTheControl()
    {
        var model = WithControls(RiskTier.Limited, ReviewedDaysAgo("SP-01.1", 200));

        var finding = Assert.Single(Rule.Evaluate(model, Samples.At));

        Assert.Equal(AssessmentRuleKey.ReviewStale, finding.RuleKey);
        Assert.Equal(FindingSeverity.Low, finding.Severity);
        Assert.Equal("SP-07.4", finding.ControlCode);
        Assert.Null(finding.Environment);
        Assert.Equal("SP-01.1", finding.Subject);
        Assert.Equal("SP-01.1 not reviewed in 180 days", finding.Title);
        Assert.Contains("2025-11-13", finding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ControlImplementation.Implemented)]
    [InlineData(ControlImplementation.Partial)]
    [InlineData(ControlImplementation.NotImplemented)]
    [InlineData(ControlImplementation.NotApplicable)]
    public void EveryStatusIsReviewedNotApplicableIncluded(ControlImplementation status)
    {
        var model = WithControls(RiskTier.Limited, ReviewedDaysAgo("SP-01.1", 200) with { Status = status });

        Assert.Single(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void AControlOutsideTheModelsTierIsNotReviewed()
    {
        // SP-07.2 (independent assessment) applies to high-risk models only.
        var status = ReviewedDaysAgo("SP-07.2", 200);

        Assert.Empty(Rule.Evaluate(WithControls(RiskTier.GeneralPurpose, status), Samples.At));
        Assert.Single(Rule.Evaluate(WithControls(RiskTier.HighRisk, status), Samples.At));
    }

    [Fact]
    public void AnAutomaticControlIsNotAnAttestationToReview()
    {
        var model = WithControls(RiskTier.Limited, ReviewedDaysAgo("SP-08.1", 400));

        Assert.Empty(Rule.Evaluate(model, Samples.At));
    }

    [Fact]
    public void TheReviewPeriodCanBeSetAndMustBePositive()
    {
        var yearly = new ReviewStaleRule(TimeSpan.FromDays(365));
        var model = WithControls(RiskTier.Limited, ReviewedDaysAgo("SP-01.1", 200));

        Assert.Empty(yearly.Evaluate(model, Samples.At));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewStaleRule(TimeSpan.Zero));
    }

    private static AssessedControlStatus ReviewedDaysAgo(string code, int days) =>
        new(code, ControlImplementation.Implemented, Samples.At.AddDays(-days), HasCurrentEvidence: true);

    private static AssessedModel WithControls(RiskTier tier, params AssessedControlStatus[] statuses) =>
        Samples.HardenedEverywhere() with { RiskTier = tier, Controls = statuses };
}
