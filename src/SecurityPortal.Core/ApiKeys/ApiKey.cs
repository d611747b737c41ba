using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.ApiKeys;

/// <summary>
/// A credential for a machine client (CI/CD pipeline, monitoring, LMS). Only the SHA-256 of the secret
/// is stored; the secret itself is shown once, when the key is created.
/// </summary>
public sealed class ApiKey : Entity
{
    public required string Name { get; set; }

    /// <summary>The first characters of the secret, so people can tell keys apart without seeing them.</summary>
    public required string DisplayPrefix { get; set; }

    /// <summary>Lowercase hex SHA-256 of the whole secret; keys are looked up by it.</summary>
    public required string SecretHash { get; set; }

    /// <summary>Space-separated scopes, see <see cref="ApiScopes"/>.</summary>
    public required string Scopes { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public ApiKeyState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiKeyState.Revoked
        : ExpiresAt is { } expiry && expiry <= now ? ApiKeyState.Expired
        : ApiKeyState.Active;

    public bool Allows(string scope) =>
        ScopeList.Contains(ApiScopes.Admin, StringComparer.Ordinal) || ScopeList.Contains(scope, StringComparer.Ordinal);

    /// <summary>Last-used is recorded at most this often, so busy clients do not write on every call.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public bool ShouldRecordUseAt(DateTimeOffset now) => LastUsedAt is null || now - LastUsedAt.Value >= LastUsedResolution;
}
