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
