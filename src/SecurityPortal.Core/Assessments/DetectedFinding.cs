using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>A condition one rule found in one model at the assessment moment; not yet compared with what is stored.</summary>
/// <param name="RuleKey">The rule that found it.</param>
/// <param name="Severity">How urgent it is now; a kept finding takes the latest severity.</param>
/// <param name="ControlCode">The catalogue control the rule decides, so reports can group findings by control and practice.</param>
/// <param name="Environment">The deployment's environment, or null for a finding about the model as a whole.</param>
/// <param name="Subject">What it is about, spelled by <see cref="FindingSubject"/>.</param>
/// <param name="Title">A short line for lists.</param>
/// <param name="Detail">What was found and why it matters, for the finding's page.</param>
public sealed record DetectedFinding(
    string RuleKey,
    FindingSeverity Severity,
    string ControlCode,
    DeploymentEnvironment? Environment,
    string Subject,
    string Title,
    string Detail)
{
    public FindingKey KeyFor(string modelKey) => new(modelKey, RuleKey, Subject);
}
