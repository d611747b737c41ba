namespace SecurityPortal.Core.Models;

/// <summary>
/// A way a deployment is served or stored that falls short of the security practices, read straight
/// from what the inventory records. Assessments judge controls; these are the facts they start from.
/// Declared most exposing first, so sorting by value puts the worst gap first.
/// </summary>
public enum ServingGap
{
    /// <summary>Anyone who can reach the endpoint can call the model (practice 3, API authN/Z).</summary>
    NoAuthentication,

    /// <summary>Requests and answers cross the network in clear text (practice 8, secure serving).</summary>
    NoTls,

    /// <summary>The running version's artifact is stored unencrypted (practice 2, model encryption).</summary>
    UnencryptedArtifact,

    /// <summary>Prompts and features reach the model unchecked (practice 4, input validation).</summary>
    NoInputValidation,

    /// <summary>Nobody would notice drift or abuse (practice 6, monitoring and logging).</summary>
    NoMonitoring,

    /// <summary>No security log to investigate an incident with (practice 6).</summary>
    NoSecurityLogging,

    /// <summary>The running version's artifact has no valid signature (practice 5, versioning).</summary>
    UnsignedArtifact,

    /// <summary>Endpoint open to scraping and model extraction (practice 8).</summary>
    NoRateLimiting,
}
