using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Data.Interceptors;

/// <summary>
/// Appends one hash-chained <see cref="AuditLogEntry"/> per changed entity to the same SaveChanges,
/// so a change and its audit record commit or fail together, and a sealed <see cref="AuditAnchor"/> of the
/// new head: whatever is written to the log around the portal then stands out as unanchored.
/// </summary>
/// <remarks>
/// <see cref="PortalDbContext"/> lets one save at a time through in this process, so reading the chain's
/// tail here and appending to it cannot interleave with another writer.
/// </remarks>
public sealed class AuditTrailInterceptor(TimeProvider clock, IAuditActor actor, IAuditAnchorKey anchorKey) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext context && HasAuditableChanges(context))
        {
            var tail = ReadTail(context.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new ChainTail(e.Sequence, e.Hash)).FirstOrDefault());
            Append(context, tail, context.AuditAnchors.AsNoTracking().Max(a => (long?)a.Sequence) ?? 0);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext context && HasAuditableChanges(context))
        {
            var tail = ReadTail(await context.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new ChainTail(e.Sequence, e.Hash)).FirstOrDefaultAsync(cancellationToken));
            Append(context, tail, await context.AuditAnchors.AsNoTracking().MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DiscardPendingEntries(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardPendingEntries(eventData.Context);
        return Task.CompletedTask;
    }

    // A stale save does not count as "failed" for EF: it raises this instead.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        DiscardPendingEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        DiscardPendingEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => DiscardPendingEntries(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardPendingEntries(eventData.Context);
        return Task.CompletedTask;
    }

    private static bool HasAuditableChanges(PortalDbContext context) =>
        context.ChangeTracker.Entries().Any(IsAuditable);

    private static bool IsAuditable(EntityEntry entry) =>
        entry.Entity is not AuditLogEntry and not AuditAnchor
        && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && !AuditChangeSet.IsIgnored(entry);

    private static ChainTail ReadTail(ChainTail? last) => last ?? new ChainTail(0, AuditChain.GenesisHash);

    /// <summary>
    /// Appends after the tail. An anchor beyond the tail means entries were deleted from the end: numbering resumes
    /// after the anchor, so the gap stays where it was made instead of new entries taking the deleted numbers (and
    /// the verification its first finding with them).
    /// </summary>
    private void Append(PortalDbContext context, ChainTail tail, long lastAnchored)
    {
        var now = clock.GetUtcNow();
        var changed = context.ChangeTracker.Entries().Where(IsAuditable).ToList();
        var sequence = Math.Max(tail.Sequence, lastAnchored);
        var from = sequence + 1;
        var previousHash = tail.Hash;
        foreach (var entry in changed)
        {
            var auditEntry = AuditChangeSet.Describe(entry, now, actor);
            AuditChain.Link(auditEntry, sequence, previousHash);
            context.AuditLog.Add(auditEntry);
            sequence = auditEntry.Sequence;
            previousHash = auditEntry.Hash;
        }

        context.AuditAnchors.Add(AuditAnchorSeal.Anchor(anchorKey.Key, from, sequence, previousHash, now));
    }

    // A failed save must not leave chain entries behind for the next attempt to commit out of order.
    private static void DiscardPendingEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Entity is AuditLogEntry or AuditAnchor && e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private sealed record ChainTail(long Sequence, string Hash);
}
