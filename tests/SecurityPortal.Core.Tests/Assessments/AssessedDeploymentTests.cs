using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class AssessedDeploymentTests
{
    private const string Digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void TheFactsComeFromTheDeploymentAndItsRunningVersion()
    {
        var version = RunningVersion(Digest);
        var deployment = ProductionDeployment(version);

        var assessed = AssessedDeployment.From(deployment, version, hasRollbackTarget: true);

        Assert.Equal(DeploymentEnvironment.Production, assessed.Environment);
        Assert.Equal("2.1.0", assessed.RunningVersion);
        Assert.True(assessed.HasValidSha256);
        Assert.True(assessed.HasRollbackTarget);
        Assert.Equal(
            new ServingPosture(ServingAuthMode.ApiKey, Tls: true, InputValidation: false, Monitoring: true, SecurityLogging: false, RateLimiting: true,
                EncryptionAtRest.PlatformManaged, SignatureStatus.Signed),
            assessed.Posture);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-digest")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0")]
    public void AMalformedDigestCountsAsMissing(string sha256)
    {
        var version = RunningVersion(sha256);

        Assert.False(AssessedDeployment.From(ProductionDeployment(version), version, hasRollbackTarget: true).HasValidSha256);
    }

    [Fact]
    public void OnlyTheVersionTheDeploymentRunsDescribesIt()
    {
        var running = RunningVersion(Digest);
        var other = RunningVersion(Digest);

        Assert.Throws<ArgumentException>(() => AssessedDeployment.From(ProductionDeployment(running), other, hasRollbackTarget: true));
    }

    private static ModelVersion RunningVersion(string sha256) => new()
    {
        Version = "2.1.0",
        ArtifactUri = "s3://models/fraud-scorer/2.1.0",
        Sha256 = sha256,
        EncryptionAtRest = EncryptionAtRest.PlatformManaged,
        SignatureStatus = SignatureStatus.Signed,
    };

    private static Deployment ProductionDeployment(ModelVersion running) => new()
    {
        Environment = DeploymentEnvironment.Production,
        CurrentVersionId = running.Id,
        Endpoint = "https://models.example/fraud-scorer",
        AuthMode = ServingAuthMode.ApiKey,
        Tls = true,
        InputValidation = false,
        Monitoring = true,
        SecurityLogging = false,
        RateLimiting = true,
    };
}
