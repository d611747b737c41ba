using System.Globalization;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A control status nobody has reviewed within the review period (<see cref="AssessmentRuleKey.ReviewStale"/>).
/// Low: the status may still be true, but the model and its team have had time to change. Every status counts,
/// NotApplicable included, since the reason a control was out of scope can stop holding. Only attested controls are
/// checked, and only those that apply to the model's tier.
/// </summary>
public sealed class ReviewStaleRule : AssessmentRule
{
    /// <summary>Half a year: short enough that a status outlives at most one release cycle or reorganisation unreviewed.</summary>
    public static TimeSpan DefaultReviewPeriod { get; } = TimeSpan.FromDays(180);

    public ReviewStaleRule()
        : this(DefaultReviewPeriod)
    {
    }

    public ReviewStaleRule(TimeSpan reviewPeriod)
        : base(AssessmentRuleKey.ReviewStale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(reviewPeriod, TimeSpan.Zero);
        ReviewPeriod = reviewPeriod;
    }

    public TimeSpan ReviewPeriod { get; }

    /// <summary>Reaching the end of the period exactly is not yet stale, as with the SLA clocks.</summary>
    public bool IsStale(AssessedControlStatus status, DateTimeOffset at) => at - status.ReviewedAt > ReviewPeriod;

    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at)
    {
        if (!AppliesTo(model, null))
        {
            yield break;
        }

        foreach (var status in model.Controls)
        {
            if (!IsStale(status, at)
                || ControlCatalogue.Find(status.ControlCode) is not { Check: ControlCheck.Attested } control
                || !control.AppliesTo(model.RiskTier, null))
            {
                continue;
            }

            var subject = FindingSubject.Control(control);
            yield return Finding(
                FindingSeverity.Low,
                null,
                subject,
                string.Create(CultureInfo.InvariantCulture, $"{subject} not reviewed in {ReviewPeriod.TotalDays:0} days"),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The status of {subject} ({control.Title}) was last reviewed on {status.ReviewedAt.UtcDateTime:yyyy-MM-dd}: confirm or update it. {ControlReference}"));
        }
    }
}
