namespace SecurityPortal.Core.Models;

/// <summary>How one deployment is served, together with how its running version's artifact is kept.</summary>
public sealed record ServingPosture(
    ServingAuthMode AuthMode,
    bool Tls,
    bool InputValidation,
    bool Monitoring,
    bool SecurityLogging,
    bool RateLimiting,
    EncryptionAtRest EncryptionAtRest,
    SignatureStatus SignatureStatus)
{
    /// <summary>Every gap, most exposing first: an open endpoint matters more than a missing rate limit.</summary>
    public IReadOnlyList<ServingGap> Gaps()
    {
        var gaps = new List<ServingGap>();
        if (AuthMode == ServingAuthMode.None)
        {
            gaps.Add(ServingGap.NoAuthentication);
        }

        if (!Tls)
        {
            gaps.Add(ServingGap.NoTls);
        }

        if (EncryptionAtRest == EncryptionAtRest.None)
        {
            gaps.Add(ServingGap.UnencryptedArtifact);
        }

        if (!InputValidation)
        {
            gaps.Add(ServingGap.NoInputValidation);
        }

        if (!Monitoring)
        {
            gaps.Add(ServingGap.NoMonitoring);
        }

        if (!SecurityLogging)
        {
            gaps.Add(ServingGap.NoSecurityLogging);
        }

        // Signed but not yet verified is a pipeline's normal state; only a missing or failed signature is a gap.
        if (SignatureStatus is SignatureStatus.Unsigned or SignatureStatus.Invalid)
        {
            gaps.Add(ServingGap.UnsignedArtifact);
        }

        if (!RateLimiting)
        {
            gaps.Add(ServingGap.NoRateLimiting);
        }

        return gaps;
    }

    /// <summary>A short phrase for a gap, as a security officer would say it.</summary>
    public static string Describe(ServingGap gap) => gap switch
    {
        ServingGap.NoAuthentication => "No authentication",
        ServingGap.NoTls => "No TLS",
        ServingGap.NoInputValidation => "No input validation",
        ServingGap.NoMonitoring => "No monitoring",
        ServingGap.NoSecurityLogging => "No security logging",
        ServingGap.NoRateLimiting => "No rate limiting",
        ServingGap.UnencryptedArtifact => "Artifact unencrypted",
        ServingGap.UnsignedArtifact => "Artifact unsigned",
        _ => gap.ToString(),
    };
}
