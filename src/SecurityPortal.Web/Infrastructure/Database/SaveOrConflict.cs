using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Infrastructure.Database;

/// <summary>
/// Saves, turning races the checks before the save cannot rule out into 409s: a stale concurrency
/// token, or a unique key (a model key, a version) taken by someone else a moment earlier.
/// </summary>
public static class SaveOrConflict
{
    /// <summary>
    /// When the caller sends the concurrency token it read (<paramref name="seen"/>), a change made since
    /// then makes the save fail instead of overwriting it. Without one, only races inside this operation count.
    /// </summary>
    public static void ExpectToken<TEntity>(this PortalDbContext db, TEntity entity, Guid? seen)
        where TEntity : class, IConcurrencyVersioned
    {
        if (seen is { } token)
        {
            db.Entry(entity).Property(e => e.ConcurrencyToken).OriginalValue = token;
        }
    }

    /// <summary>Saves; a stale concurrency token answers 409 with the "changed by someone else" message.</summary>
    public static async Task SaveUnlessChangedAsync(this PortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException(ConflictException.ChangedBySomeoneElse, ex);
        }
    }

    public static async Task SaveOrConflictAsync(this PortalDbContext db, string whenTaken, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException(ConflictException.ChangedBySomeoneElse, ex);
        }
        catch (DbUpdateException ex)
        {
            throw new ConflictException(whenTaken, ex);
        }
    }
}
