using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.ApiKeys;

/// <summary>What an administrator asks for when issuing a key, and the rules it must meet.</summary>
public sealed record ApiKeyRequest(string Name, IReadOnlyCollection<string> Scopes, DateTimeOffset? ExpiresAt)
{
    public const int MaxLifetimeDays = 730;

    public void Validate(DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Name?.Trim() ?? string.Empty;
        if (name.Length is < 3 or > 100)
        {
            errors[nameof(Name)] = ["Give the key a name of 3 to 100 characters that says who uses it."];
        }

        if (Scopes is null || Scopes.Count == 0)
        {
            errors[nameof(Scopes)] = ["Choose at least one scope."];
        }
        else if (Scopes.FirstOrDefault(s => !ApiScopes.IsKnown(s)) is { } unknown)
        {
            errors[nameof(Scopes)] = [$"'{unknown}' is not a scope the portal knows."];
        }

        if (ExpiresAt is { } expiry && (expiry <= now || expiry > now.AddDays(MaxLifetimeDays)))
        {
            errors[nameof(ExpiresAt)] = [$"The expiry must be in the future and at most {MaxLifetimeDays} days away."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
