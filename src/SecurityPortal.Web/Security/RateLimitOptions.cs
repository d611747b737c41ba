using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Security;

/// <summary>Rate limits, from <c>Security:RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Security:RateLimits";

    /// <summary>Sign-in attempts per minute per client address.</summary>
    [Range(1, 1_000_000, ErrorMessage = "must be between {1} and {2}")]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>API calls per minute per key.</summary>
    [Range(1, 1_000_000, ErrorMessage = "must be between {1} and {2}")]
    public int ApiPerMinute { get; set; } = 300;

    /// <summary>Failed API authentications (unknown, revoked or expired keys) per minute per client address.</summary>
    [Range(1, 1_000_000, ErrorMessage = "must be between {1} and {2}")]
    public int FailedAuthenticationsPerMinute { get; set; } = 20;
}
