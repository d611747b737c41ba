using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// Turns one <see cref="ServingGap"/> of a deployment into a finding, one rule per gap
/// (<see cref="AssessmentRuleKey.ForGap"/>). Whether the gap exists is <see cref="ServingPosture.Gaps"/>'s call,
/// never re-decided here; this rule only decides where it matters and how much.
/// </summary>
public sealed class ServingGapRule : AssessmentRule
{
    public ServingGapRule(ServingGap gap)
        : base(AssessmentRuleKey.ForGap(gap))
    {
        Gap = gap;
    }

    public ServingGap Gap { get; }

    /// <summary>
    /// The severity table of the serving rules. An open endpoint is Critical only in production, where real
    /// callers and real decisions go through it; elsewhere it is still High, because anyone who reaches a test
    /// endpoint can call and copy the same model. A signature that failed verification is High rather than Medium:
    /// unlike a missing one, it suggests the artifact was changed after it was built.
    /// </summary>
    public static FindingSeverity SeverityOf(ServingGap gap, AssessedDeployment deployment) => gap switch
    {
        ServingGap.NoAuthentication => deployment.Environment == DeploymentEnvironment.Production ? FindingSeverity.Critical : FindingSeverity.High,
        ServingGap.NoTls or ServingGap.UnencryptedArtifact or ServingGap.NoInputValidation => FindingSeverity.High,
        ServingGap.NoMonitoring or ServingGap.NoSecurityLogging => FindingSeverity.High,
        ServingGap.UnsignedArtifact => deployment.Posture.SignatureStatus == SignatureStatus.Invalid ? FindingSeverity.High : FindingSeverity.Medium,
        ServingGap.NoRateLimiting => FindingSeverity.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(gap), gap, "Not a serving gap."),
    };

    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at) =>
        model.Deployments
            .Where(deployment => AppliesTo(model, deployment.Environment) && deployment.Posture.Gaps().Contains(Gap))
            .Select(Describe);

    private DetectedFinding Describe(AssessedDeployment deployment)
    {
        var subject = FindingSubject.Deployment(deployment.Environment);
        return Finding(
            SeverityOf(Gap, deployment),
            deployment.Environment,
            subject,
            $"{ServingPosture.Describe(Gap)} in {subject}",
            $"Version {deployment.RunningVersion} in {subject}: {Consequence(Gap, deployment.Posture)} {ControlReference}");
    }

    private static string Consequence(ServingGap gap, ServingPosture posture) => gap switch
    {
        ServingGap.NoAuthentication => "anyone who can reach the endpoint can call the model.",
        ServingGap.NoTls => "requests and answers cross the network in clear text.",
        ServingGap.UnencryptedArtifact => "the artifact is stored unencrypted, so a copied bucket or disk yields a usable model.",
        ServingGap.NoInputValidation => "requests reach the model without schema, size or type checks.",
        ServingGap.NoMonitoring => "nobody would notice drift, errors or abuse.",
        ServingGap.NoSecurityLogging => "there is no security log to investigate an incident with.",
        ServingGap.UnsignedArtifact when posture.SignatureStatus == SignatureStatus.Invalid =>
            "the artifact's signature failed verification, so it may not be what was built.",
        ServingGap.UnsignedArtifact => "the artifact is not signed, so what runs cannot be shown to be what was built.",
        ServingGap.NoRateLimiting => "callers are not rate limited, so the endpoint can be exhausted or scraped to copy the model.",
        _ => throw new ArgumentOutOfRangeException(nameof(gap), gap, "Not a serving gap."),
    };
}
