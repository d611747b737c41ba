using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// The one entry point of the periodic assessment's rules: every rule run over one model at one moment. The job
/// reconciles the result with the stored findings (<see cref="FindingReconciliation"/>); nothing here reads a
/// database or the clock.
/// </summary>
public static class AssessmentRules
{
    /// <summary>The rules that need only <see cref="AssessedModel"/>: one per serving gap, then the version, incident and control rules.</summary>
    public static IReadOnlyList<AssessmentRule> Builtin { get; } =
    [
        .. Enum.GetValues<ServingGap>().Select(gap => new ServingGapRule(gap)),
        new MissingDigestRule(),
        new NoRollbackTargetRule(),
        new IncidentSlaBreachedRule(),
        new EvidenceMissingRule(),
        new ReviewStaleRule(),
    ];

    /// <summary>
    /// The rule keys whose rules the Audits and Training areas supply, because they read facts those areas own.
    /// Until a run includes them, their findings are neither opened nor resolved: reconciliation leaves alone the
    /// findings of rules the run did not evaluate.
    /// </summary>
    public static IReadOnlyList<string> SuppliedByOtherAreas { get; } = [AssessmentRuleKey.AuditOverdue, AssessmentRuleKey.TrainingOverdue];

    /// <summary>The findings of the <see cref="Builtin"/> rules.</summary>
    public static IReadOnlyList<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at) => Evaluate(model, at, Builtin);

    /// <summary>The findings of <paramref name="rules"/>, in rule order; usually <see cref="Builtin"/> plus the other areas' rules.</summary>
    public static IReadOnlyList<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at, IEnumerable<AssessmentRule> rules) =>
        [.. rules.SelectMany(rule => rule.Evaluate(model, at))];
}
