using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

/// <summary>A hardened model to start each test from, so a test states only the one fact it is about.</summary>
internal static class Samples
{
    public const string ModelKey = "fraud-scorer";

    public static DateTimeOffset At { get; } = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static Guid TeamId { get; } = new("0197a1b2-0000-7000-8000-000000000001");

    public static ServingPosture HardenedPosture { get; } = new(
        ServingAuthMode.OAuth2, Tls: true, InputValidation: true, Monitoring: true, SecurityLogging: true, RateLimiting: true,
        EncryptionAtRest.CustomerManagedKey, SignatureStatus.Verified);

    public static AssessedDeployment Hardened(DeploymentEnvironment environment) =>
        new(environment, "1.4.0", HardenedPosture, HasValidSha256: true, HasRollbackTarget: true);

    public static AssessedDeployment WithPosture(DeploymentEnvironment environment, Func<ServingPosture, ServingPosture> change) =>
        Hardened(environment) with { Posture = change(HardenedPosture) };

    public static AssessedModel Model(params AssessedDeployment[] deployments) => new()
    {
        Key = ModelKey,
        Name = "Fraud scorer",
        RiskTier = RiskTier.Limited,
        OwnerTeamId = TeamId,
        Deployments = deployments,
    };

    /// <summary>A model hardened in all three environments.</summary>
    public static AssessedModel HardenedEverywhere() =>
        Model(Hardened(DeploymentEnvironment.Development), Hardened(DeploymentEnvironment.Staging), Hardened(DeploymentEnvironment.Production));
}
