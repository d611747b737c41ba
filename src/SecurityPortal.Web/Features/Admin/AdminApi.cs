using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

public static class AdminApi
{
    public const int MaxAuditPage = 500;

    public static void MapAdminApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/teams", async (IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
                    .Select(t => new TeamResponse(t.Id, t.Name, t.Description, t.IsActive))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(teams);
            })
            .RequireAuthorization(ApiPolicies.For(ApiScopes.TeamsRead))
            .WithSummary("All teams.");

        v1.MapGet("/audit-log", async (long? after, int? take, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
            {
                if (take is < 1 or > MaxAuditPage)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["take"] = [$"take must be between 1 and {MaxAuditPage}."],
                    });
                }

                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var from = after ?? 0;
                var entries = await db.AuditLog.AsNoTracking()
                    .Where(e => e.Sequence > from)
                    .OrderBy(e => e.Sequence)
                    .Take(take ?? 100)
                    .Select(e => new AuditLogEntryResponse(e.Sequence, e.OccurredAt, e.Actor, e.Action, e.EntityType, e.EntityId, e.Changes, e.CorrelationId, e.PreviousHash, e.Hash))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(entries);
            })
            .Produces<List<AuditLogEntryResponse>>()
            .RequireAuthorization(ApiPolicies.For(ApiScopes.AuditRead))
            .WithSummary("Audit-log entries in chain order, after the given sequence number; verify the chain with the hashes.");

        v1.MapGet("/audit-log/verify", async (AuditChainVerification verification, CancellationToken cancellationToken) =>
            {
                var report = await verification.VerifyAsync(cancellationToken);
                return TypedResults.Ok(new AuditLogVerification(report.IsIntact, report.EntriesChecked, report.Break?.Sequence, report.Break?.Kind.ToString(), report.Break?.Reason, report.CheckedAt));
            })
            .RequireAuthorization(ApiPolicies.For(ApiScopes.AuditRead))
            .WithSummary("Verifies the whole audit log (hash chain and sealed anchors): intact, or broken at the first bad entry with what is wrong (Edited, Missing, OutOfOrder, …).");
    }
}

/// <summary>The audit log's verification: intact up to <paramref name="Checked"/> entries, or broken at the first bad one.</summary>
public sealed record AuditLogVerification(bool Intact, long Checked, long? BrokenAt, string? Kind, string? Reason, DateTimeOffset CheckedAt);
