namespace SecurityPortal.Core.Models;

/// <summary>How callers of a deployed model's endpoint authenticate.</summary>
public enum ServingAuthMode
{
    None,
    ApiKey,
    OAuth2,
    MutualTls,
}
