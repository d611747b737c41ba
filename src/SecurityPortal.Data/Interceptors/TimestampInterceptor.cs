using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Data.Interceptors;

/// <summary>Stamps who created and last changed each tracked entity, and when, from <see cref="TimeProvider"/>.</summary>
public sealed class TimestampInterceptor(TimeProvider clock, IAuditActor actor) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<ITrackedEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.CreatedBy = actor.Name;
                    entry.Entity.ModifiedAt = now;
                    entry.Entity.ModifiedBy = actor.Name;
                    break;
                case EntityState.Modified:
                    // Creation stamps are history: never let an edit rewrite them.
                    entry.Property(e => e.CreatedAt).IsModified = false;
                    entry.Property(e => e.CreatedBy).IsModified = false;
                    entry.Entity.ModifiedAt = now;
                    entry.Entity.ModifiedBy = actor.Name;
                    break;
            }
        }
    }
}
