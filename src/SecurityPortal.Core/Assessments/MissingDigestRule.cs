using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A deployment whose running version has no well-formed SHA-256 (<see cref="AssessmentRuleKey.MissingDigest"/>).
/// Medium: nothing is open because of it, but after an incident nobody could prove which artifact ran.
/// </summary>
public sealed class MissingDigestRule() : AssessmentRule(AssessmentRuleKey.MissingDigest)
{
    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at) =>
        model.Deployments
            .Where(deployment => AppliesTo(model, deployment.Environment) && !deployment.HasValidSha256)
            .Select(deployment =>
            {
                var subject = FindingSubject.Deployment(deployment.Environment);
                return Finding(
                    FindingSeverity.Medium,
                    deployment.Environment,
                    subject,
                    $"No SHA-256 for the version in {subject}",
                    $"Version {deployment.RunningVersion} in {subject} has no well-formed SHA-256 of its artifact, so what runs cannot be proven to be what was approved. {ControlReference}");
            });
}
