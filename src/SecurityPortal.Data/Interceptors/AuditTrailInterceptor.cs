using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Data.Interceptors;

/// <summary>
/// Appends one hash-chained <see cref="AuditLogEntry"/> per changed entity to the same SaveChanges,
/// so a change and its audit record commit or fail together.
/// </summary>
/// <remarks>
/// Writers in this process take turns through a lock, because each entry needs the hash of the one
/// before it. Across nodes the sequence number is the table's key: a writer that raced another for
/// the same position fails to commit rather than forking the chain.
/// </remarks>
public sealed class AuditTrailInterceptor(TimeProvider clock, IAuditActor actor) : SaveChangesInterceptor
{
    private static readonly SemaphoreSlim ChainLock = new(1, 1);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext context && HasAuditableChanges(context))
        {
            ChainLock.Wait();
            context.HoldsAuditChainLock = true;
            var tail = ReadTail(context.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new ChainTail(e.Sequence, e.Hash)).FirstOrDefault());
            Append(context, tail);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext context && HasAuditableChanges(context))
        {
            await ChainLock.WaitAsync(cancellationToken);
            context.HoldsAuditChainLock = true;
            var tail = ReadTail(await context.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new ChainTail(e.Sequence, e.Hash)).FirstOrDefaultAsync(cancellationToken));
            Append(context, tail);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        DiscardPendingEntries(eventData.Context);
        Release(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardPendingEntries(eventData.Context);
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        DiscardPendingEntries(eventData.Context);
        Release(eventData.Context);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardPendingEntries(eventData.Context);
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private static bool HasAuditableChanges(PortalDbContext context) =>
        context.ChangeTracker.Entries().Any(IsAuditable);

    private static bool IsAuditable(EntityEntry entry) =>
        entry.Entity is not AuditLogEntry
        && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && !AuditChangeSet.IsIgnored(entry);

    private static ChainTail ReadTail(ChainTail? last) => last ?? new ChainTail(0, AuditChain.GenesisHash);

    private void Append(PortalDbContext context, ChainTail tail)
    {
        var now = clock.GetUtcNow();
        var changed = context.ChangeTracker.Entries().Where(IsAuditable).ToList();
        var sequence = tail.Sequence;
        var previousHash = tail.Hash;
        foreach (var entry in changed)
        {
            var auditEntry = AuditChangeSet.Describe(entry, now, actor);
            AuditChain.Link(auditEntry, sequence, previousHash);
            context.AuditLog.Add(auditEntry);
            sequence = auditEntry.Sequence;
            previousHash = auditEntry.Hash;
        }
    }

    // A failed save must not leave chain entries behind for the next attempt to commit out of order.
    private static void DiscardPendingEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<AuditLogEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is PortalDbContext { HoldsAuditChainLock: true } portal)
        {
            portal.HoldsAuditChainLock = false;
            ChainLock.Release();
        }
    }

    private sealed record ChainTail(long Sequence, string Hash);
}
