namespace SecurityPortal.Core.Assessments;

/// <summary>
/// What a finding is about: the same condition on the same thing always has the same key, so a rerun finds the
/// stored finding again instead of opening a duplicate, and a condition that returns reopens its old finding.
/// Compared ordinally; the parts are spelled by <see cref="FindingSubject"/> and the model's key.
/// </summary>
/// <param name="ModelKey">The model's key.</param>
/// <param name="RuleKey">The <see cref="Controls.AssessmentRuleKey"/> that detects the condition.</param>
/// <param name="Subject">What in the model the finding is about: a deployment, an incident or a control.</param>
public sealed record FindingKey(string ModelKey, string RuleKey, string Subject);
