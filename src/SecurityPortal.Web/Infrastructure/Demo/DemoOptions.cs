using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Infrastructure.Demo;

/// <summary>Demo users and data, from <c>Portal:Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Portal:Demo";

    /// <summary>Seed demo users, teams and data (true in Development).</summary>
    public bool Seed { get; set; }

    /// <summary>The demo users' password; generated and printed once when empty.</summary>
    [MinLength(12, ErrorMessage = "must have at least {1} characters")]
    public string? Password { get; set; }

    /// <summary>When set, an Administrator-scoped API key with exactly this secret is seeded.</summary>
    [MinLength(24, ErrorMessage = "must have at least {1} characters")]
    public string? ApiKey { get; set; }
}
