using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// One automatic check of the periodic assessment. A rule is bound to the catalogue control it decides (the
/// control whose <see cref="SecurityControl.RuleKey"/> is the rule's key), so every finding names a real control
/// and only models and environments the control applies to are checked. The construction fails for a key no
/// control uses: a rule nobody can trace to a control would produce findings no report can place.
/// </summary>
/// <remarks>
/// Rules that need facts <see cref="AssessedModel"/> does not carry, such as the Audits area's
/// <see cref="AssessmentRuleKey.AuditOverdue"/> and the Training area's <see cref="AssessmentRuleKey.TrainingOverdue"/>,
/// derive from this class in their own area and receive those facts through their constructor, loaded once per
/// run; the job passes them to <see cref="AssessmentRules.Evaluate(AssessedModel, DateTimeOffset, IEnumerable{AssessmentRule})"/>.
/// </remarks>
public abstract class AssessmentRule
{
    protected AssessmentRule(string ruleKey)
    {
        if (!AssessmentRuleKey.IsKnown(ruleKey))
        {
            throw new ArgumentException($"'{ruleKey}' is not an assessment rule key.", nameof(ruleKey));
        }

        RuleKey = ruleKey;
        Control = ControlCatalogue.All.SingleOrDefault(control => control.RuleKey == ruleKey)
            ?? throw new ArgumentException($"No catalogue control is decided by '{ruleKey}'.", nameof(ruleKey));
    }

    /// <summary>One of <see cref="AssessmentRuleKey"/>; findings are stored under it.</summary>
    public string RuleKey { get; }

    /// <summary>The catalogue control the rule decides; every finding carries its code.</summary>
    public SecurityControl Control { get; }

    /// <summary>The conditions found in <paramref name="model"/> at <paramref name="at"/>; empty when all is well.</summary>
    public abstract IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at);

    /// <summary>Whether the rule's control applies to the model in <paramref name="environment"/>; null asks about the model as a whole.</summary>
    protected bool AppliesTo(AssessedModel model, DeploymentEnvironment? environment) => Control.AppliesTo(model.RiskTier, environment);

    protected DetectedFinding Finding(FindingSeverity severity, DeploymentEnvironment? environment, string subject, string title, string detail) =>
        new(RuleKey, severity, Control.Code, environment, subject, title, detail);

    /// <summary>The control named the way details end, so a reader knows which control to open.</summary>
    protected string ControlReference => $"{Control.Code}: {Control.Title}.";
}
