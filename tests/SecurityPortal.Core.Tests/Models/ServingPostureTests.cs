using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class ServingPostureTests
{
    private static readonly ServingPosture Hardened = new(
        ServingAuthMode.OAuth2, Tls: true, InputValidation: true, Monitoring: true, SecurityLogging: true, RateLimiting: true,
        EncryptionAtRest.CustomerManagedKey, SignatureStatus.Verified);

    [Fact]
    public void AHardenedDeploymentHasNoGaps() => Assert.Empty(Hardened.Gaps());

    [Fact]
    public void AnOpenEndpointWithNothingRecordedHasEveryGapMostExposingFirst()
    {
        var bare = new ServingPosture(ServingAuthMode.None, false, false, false, false, false, EncryptionAtRest.None, SignatureStatus.Unsigned);

        Assert.Equal(
            [
                ServingGap.NoAuthentication, ServingGap.NoTls, ServingGap.UnencryptedArtifact, ServingGap.NoInputValidation,
                ServingGap.NoMonitoring, ServingGap.NoSecurityLogging, ServingGap.UnsignedArtifact, ServingGap.NoRateLimiting,
            ],
            bare.Gaps());
    }

    [Theory]
    [InlineData(ServingAuthMode.ApiKey)]
    [InlineData(ServingAuthMode.OAuth2)]
    [InlineData(ServingAuthMode.MutualTls)]
    public void AnyAuthenticationClosesTheAuthenticationGap(ServingAuthMode mode) =>
        Assert.DoesNotContain(ServingGap.NoAuthentication, (Hardened with { AuthMode = mode }).Gaps());

    [Fact]
    public void PlatformManagedEncryptionCountsAsEncrypted() =>
        Assert.Empty((Hardened with { EncryptionAtRest = EncryptionAtRest.PlatformManaged }).Gaps());

    [Theory]
    [InlineData(SignatureStatus.Unsigned, true)]
    [InlineData(SignatureStatus.Invalid, true)]
    [InlineData(SignatureStatus.Signed, false)]
    [InlineData(SignatureStatus.Verified, false)]
    public void OnlyAMissingOrFailedSignatureIsAGap(SignatureStatus status, bool gap) =>
        Assert.Equal(gap, (Hardened with { SignatureStatus = status }).Gaps().Contains(ServingGap.UnsignedArtifact));

    [Fact]
    public void EachSwitchedOffAttributeIsItsOwnGap()
    {
        Assert.Equal([ServingGap.NoMonitoring], (Hardened with { Monitoring = false }).Gaps());
        Assert.Equal([ServingGap.NoSecurityLogging], (Hardened with { SecurityLogging = false }).Gaps());
        Assert.Equal([ServingGap.NoInputValidation], (Hardened with { InputValidation = false }).Gaps());
        Assert.Equal([ServingGap.NoRateLimiting], (Hardened with { RateLimiting = false }).Gaps());
        Assert.Equal([ServingGap.NoTls], (Hardened with { Tls = false }).Gaps());
    }

    [Fact]
    public void GapsComeInTheOrderTheyAreDeclaredSoTheFirstIsTheWorst()
    {
        var someGaps = Hardened with { RateLimiting = false, EncryptionAtRest = EncryptionAtRest.None, Monitoring = false };

        Assert.Equal([ServingGap.UnencryptedArtifact, ServingGap.NoMonitoring, ServingGap.NoRateLimiting], someGaps.Gaps());
        Assert.Equal(someGaps.Gaps().Order(), someGaps.Gaps());
    }

    [Fact]
    public void EveryGapHasAPhrase() =>
        Assert.All(Enum.GetValues<ServingGap>(), gap => Assert.NotEqual(gap.ToString(), ServingPosture.Describe(gap)));
}
