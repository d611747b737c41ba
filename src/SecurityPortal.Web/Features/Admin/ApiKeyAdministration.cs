using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Common;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>Issuing, listing and revoking API keys. The secret leaves this class once, in <see cref="IssuedApiKey"/>.</summary>
public sealed class ApiKeyAdministration(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, CurrentActor actor, AccessGuard guard)
{
    private const string NotAllowed = "Only administrators manage people, teams and API keys.";

    public const int MaxPageSize = 200;

    /// <summary>One page of keys by name, like every list (pages from 1); state is judged at this moment.</summary>
    public async Task<ListPage<ApiKeyRow>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        var paging = new FieldErrors();
        Paging.Check(paging, page, pageSize, MaxPageSize);
        paging.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.ApiKeys.CountAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking()
            .OrderBy(k => k.Name).ThenBy(k => k.Id)
            .Skip(Paging.Skip(page, pageSize))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new ListPage<ApiKeyRow>([.. keys.Select(k => ApiKeyRow.From(k, now))], total, page, pageSize);
    }

    public async Task<IssuedApiKey> IssueAsync(ApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        var now = clock.GetUtcNow();
        request.Validate(now);
        var name = request.Name.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new ValidationFailedException(nameof(ApiKeyRequest.Name), $"A key named '{name}' already exists; names say who uses a key, so keep them unique.");
        }

        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = name,
            DisplayPrefix = ApiKeySecret.DisplayPrefixOf(secret),
            SecretHash = ApiKeySecret.Hash(secret),
            Scopes = string.Join(' ', request.Scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            ExpiresAt = request.ExpiresAt,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(ApiKeyRow.From(key, now), secret);
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new NotFoundException("That API key no longer exists.");
        if (key.RevokedAt is not null)
        {
            throw new ConflictException($"The key '{key.Name}' was already revoked by {key.RevokedBy}.");
        }

        key.RevokedAt = clock.GetUtcNow();
        key.RevokedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
    }
}
