using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>
/// At start: a log that has never been anchored (written before anchoring existed) is anchored at its
/// current head, once, with a warning; from then on every write anchors itself.
/// </summary>
public static class AuditAnchoring
{
    public static async Task AnchorIfNeverAnchoredAsync(PortalDbContext db, AuditAnchorKey key, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        if (key.Generated)
        {
            logger.LogWarning("Generated a new audit anchor key at {Path}; keep it safe and out of database backups", key.Source);
        }

        if (await db.AuditAnchors.AnyAsync(cancellationToken))
        {
            if (key.Generated)
            {
                logger.LogError("The audit log has anchors but its anchor key was just generated: the key they were sealed with is missing, so verification will fail");
            }

            return;
        }

        var head = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return;
        }

        db.AuditAnchors.Add(AuditAnchorSeal.Anchor(key.Key, 1, head.Sequence, head.Hash, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Anchored the audit log for the first time at entry {Sequence}; entries up to it are vouched for from now on", head.Sequence);
    }
}
