using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class ComplianceScoreTests
{
    [Fact]
    public void AModelWithoutFindingsScoresFull() => Assert.Equal(100, ComplianceScore.ForModel(RiskTier.HighRisk, []));

    [Theory]
    [InlineData(FindingSeverity.Critical, 60)]
    [InlineData(FindingSeverity.High, 85)]
    [InlineData(FindingSeverity.Medium, 95)]
    [InlineData(FindingSeverity.Low, 99)]
    public void EachOpenFindingCostsItsSeverityWeight(FindingSeverity severity, int score) =>
        Assert.Equal(score, ComplianceScore.ForModel(RiskTier.Minimal, [Open(severity)]));

    [Theory]
    [InlineData(RiskTier.Minimal, 60)]
    [InlineData(RiskTier.Limited, 60)]
    [InlineData(RiskTier.GeneralPurpose, 50)]
    [InlineData(RiskTier.HighRisk, 40)]
    [InlineData(RiskTier.Prohibited, 20)]
    public void ARiskierTierMakesTheSameFindingWeighMore(RiskTier tier, int score) =>
        Assert.Equal(score, ComplianceScore.ForModel(tier, [Open(FindingSeverity.Critical)]));

    [Fact]
    public void PointsAddUpAcrossFindings()
    {
        StoredFinding[] findings = [Open(FindingSeverity.High), Open(FindingSeverity.Medium), Open(FindingSeverity.Low), Open(FindingSeverity.Low)];

        Assert.Equal(100 - 15 - 5 - 1 - 1, ComplianceScore.ForModel(RiskTier.Limited, findings));
    }

    [Fact]
    public void AcceptedAndResolvedFindingsCostNothing()
    {
        StoredFinding[] findings =
        [
            Open(FindingSeverity.Critical) with { Status = FindingStatus.RiskAccepted, RiskAcceptedUntil = Samples.At.AddDays(30) },
            Open(FindingSeverity.Critical) with { Status = FindingStatus.Resolved },
            Open(FindingSeverity.Low),
        ];

        Assert.Equal(99, ComplianceScore.ForModel(RiskTier.Limited, findings));
    }

    [Fact]
    public void FindingsFromEverySourceCount()
    {
        StoredFinding[] findings = [Open(FindingSeverity.High) with { Source = FindingSource.Audit }, Open(FindingSeverity.High) with { Source = FindingSource.Incident }];

        Assert.Equal(70, ComplianceScore.ForModel(RiskTier.Limited, findings));
    }

    [Fact]
    public void TheScoreNeverGoesBelowZero()
    {
        StoredFinding[] findings = [Open(FindingSeverity.Critical), Open(FindingSeverity.Critical), Open(FindingSeverity.Critical)];

        Assert.Equal(0, ComplianceScore.ForModel(RiskTier.HighRisk, findings));
    }

    [Fact]
    public void AnyOpenFindingKeepsAModelBelowFull()
    {
        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            Assert.All(Enum.GetValues<FindingSeverity>(), severity => Assert.True(ComplianceScore.ForModel(tier, [Open(severity)]) < 100));
        }
    }

    [Fact]
    public void FractionalPointsRoundTheScoreDown() =>
        Assert.Equal(98, ComplianceScore.ForModel(RiskTier.GeneralPurpose, [Open(FindingSeverity.Low)]));

    [Fact]
    public void AMoreSevereFindingAlwaysCostsMore()
    {
        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            var points = Enum.GetValues<FindingSeverity>().Select(severity => ComplianceScore.Points(severity, tier)).ToList();
            Assert.Equal(points.Order(), points);
            Assert.Equal(points.Count, points.Distinct().Count());
        }
    }

    [Fact]
    public void ATeamScoresTheMeanOfItsModelsRoundedDown()
    {
        Assert.Equal(70, ComplianceScore.ForTeam([80, 60]));
        Assert.Equal(99, ComplianceScore.ForTeam([100, 99]));
        Assert.Equal(100, ComplianceScore.ForTeam([100]));
    }

    [Fact]
    public void ATeamWithoutModelsHasNoScore() => Assert.Null(ComplianceScore.ForTeam([]));

    private static StoredFinding Open(FindingSeverity severity) =>
        new(new FindingKey(Samples.ModelKey, "serving.tls-off", "production"), FindingStatus.Open, severity);
}
