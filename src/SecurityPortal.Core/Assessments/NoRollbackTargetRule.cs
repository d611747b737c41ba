using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A deployment with no earlier, unretired version to return to (<see cref="AssessmentRuleKey.NoRollbackTarget"/>).
/// Medium: it does not expose the model, but a bad release could only be fixed forward, under pressure.
/// The catalogue limits the control to production.
/// </summary>
public sealed class NoRollbackTargetRule() : AssessmentRule(AssessmentRuleKey.NoRollbackTarget)
{
    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at) =>
        model.Deployments
            .Where(deployment => AppliesTo(model, deployment.Environment) && !deployment.HasRollbackTarget)
            .Select(deployment =>
            {
                var subject = FindingSubject.Deployment(deployment.Environment);
                return Finding(
                    FindingSeverity.Medium,
                    deployment.Environment,
                    subject,
                    $"Nothing to roll back to in {subject}",
                    $"Version {deployment.RunningVersion} in {subject} has no earlier, unretired version to return to if it fails. {ControlReference}");
            });
}
