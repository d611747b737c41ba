using SecurityPortal.Core.ApiKeys;

namespace SecurityPortal.Web.Features.Admin;

public sealed record ApiKeyRow(
    Guid Id,
    string Name,
    string DisplayPrefix,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    ApiKeyState State)
{
    public static ApiKeyRow From(ApiKey key, DateTimeOffset now) =>
        new(key.Id, key.Name, key.DisplayPrefix, key.ScopeList, key.CreatedAt, key.CreatedBy, key.ExpiresAt, key.LastUsedAt, key.StateAt(now));
}
