using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// One deployment of the assessed model and the facts of the version it runs. The serving gaps come from
/// <see cref="ServingPosture"/>, the same rule the inventory shows, so a gap on screen and its finding never disagree.
/// </summary>
/// <param name="Environment">Where it runs; a model has at most one deployment per environment.</param>
/// <param name="RunningVersion">The running version's semantic version, quoted in the finding's detail.</param>
/// <param name="Posture">How it is served, with the running version's encryption at rest and signature.</param>
/// <param name="HasValidSha256">Whether the running version records a well-formed SHA-256 (<see cref="ArtifactDigest.IsValidSha256"/>).</param>
/// <param name="HasRollbackTarget">Whether an earlier, unretired version is there to roll back to.</param>
public sealed record AssessedDeployment(
    DeploymentEnvironment Environment,
    string RunningVersion,
    ServingPosture Posture,
    bool HasValidSha256,
    bool HasRollbackTarget)
{
    /// <summary>
    /// Reads the facts from the inventory's own entities. The rollback target is the caller's answer because it
    /// depends on the deployment history and on which versions are retired (<see cref="DeploymentHistory.DefaultRollbackTarget"/>).
    /// </summary>
    public static AssessedDeployment From(Deployment deployment, ModelVersion running, bool hasRollbackTarget)
    {
        if (running.Id != deployment.CurrentVersionId)
        {
            throw new ArgumentException("The version is not the one the deployment runs.", nameof(running));
        }

        var posture = new ServingPosture(
            deployment.AuthMode,
            deployment.Tls,
            deployment.InputValidation,
            deployment.Monitoring,
            deployment.SecurityLogging,
            deployment.RateLimiting,
            running.EncryptionAtRest,
            running.SignatureStatus);
        return new AssessedDeployment(deployment.Environment, running.Version, posture, ArtifactDigest.IsValidSha256(running.Sha256), hasRollbackTarget);
    }
}
