using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A model's compliance score from 0 to 100: 100 less the points of its open findings, never below 0. A finding
/// costs its severity's weight times its model's risk-tier factor. Risk-accepted and resolved findings cost
/// nothing: an accepted risk is a recorded decision, and counting it would push teams to leave gaps open instead.
/// </summary>
/// <remarks>
/// The weights make one Critical finding cost more than two High ones, one High as much as three Medium and one
/// Medium as much as five Low, so a model cannot drown a critical gap under a pile of tidy housekeeping. A single
/// Critical finding alone takes a minimal-risk model to 60 and a high-risk one to 40.
/// </remarks>
public static class ComplianceScore
{
    /// <summary>The score of a model without open findings.</summary>
    public const int Maximum = 100;

    /// <summary>Anyone could misuse the model in production: enough on its own to fail a review.</summary>
    public const int CriticalWeight = 40;

    public const int HighWeight = 15;

    public const int MediumWeight = 5;

    /// <summary>A hundred Low findings would empty the score: housekeeping counts, but barely.</summary>
    public const int LowWeight = 1;

    /// <summary>Minimal and limited risk: the baseline.</summary>
    public const decimal BaselineTierFactor = 1.0m;

    /// <summary>General-purpose models reach many downstream uses at once, so the catalogue already treats them close to high-risk.</summary>
    public const decimal GeneralPurposeTierFactor = 1.25m;

    /// <summary>High-risk systems must be robust and secure by law (EU AI Act Art. 15); a gap there is a compliance failure, not a lapse.</summary>
    public const decimal HighRiskTierFactor = 1.5m;

    /// <summary>A prohibited practice should not be running at all (Art. 5); anything open on it weighs double.</summary>
    public const decimal ProhibitedTierFactor = 2.0m;

    public static int Weight(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => CriticalWeight,
        FindingSeverity.High => HighWeight,
        FindingSeverity.Medium => MediumWeight,
        FindingSeverity.Low => LowWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a finding severity."),
    };

    public static decimal TierFactor(RiskTier tier) => tier switch
    {
        RiskTier.Minimal or RiskTier.Limited => BaselineTierFactor,
        RiskTier.GeneralPurpose => GeneralPurposeTierFactor,
        RiskTier.HighRisk => HighRiskTierFactor,
        RiskTier.Prohibited => ProhibitedTierFactor,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a risk tier."),
    };

    /// <summary>What one open finding of <paramref name="severity"/> costs a model of <paramref name="tier"/>.</summary>
    public static decimal Points(FindingSeverity severity, RiskTier tier) => Weight(severity) * TierFactor(tier);

    /// <summary>
    /// The score of a model of <paramref name="tier"/> with <paramref name="findings"/>, rounded down so that any
    /// open finding, however small, keeps a model below 100.
    /// </summary>
    public static int ForModel(RiskTier tier, IEnumerable<StoredFinding> findings)
    {
        var points = findings.Where(finding => finding.Status == FindingStatus.Open).Sum(finding => Points(finding.Severity, tier));
        return (int)Math.Max(0m, Math.Floor(Maximum - points));
    }

    /// <summary>
    /// A team's score: the mean of its models' scores, rounded down so a team shows 100 only when every model does.
    /// Null for a team without models, which has nothing to score rather than a perfect score.
    /// </summary>
    public static int? ForTeam(IEnumerable<int> modelScores)
    {
        var scores = modelScores.ToList();
        return scores.Count == 0 ? null : (int)Math.Floor(scores.Average());
    }
}
