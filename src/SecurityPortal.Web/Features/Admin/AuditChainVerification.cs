using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.AuditLog;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>
/// Reads the whole audit log in sequence order, in batches, with the anchors of each batch, and verifies
/// the hash chain and every anchor's seal (see <see cref="AuditChainVerifier"/>). Whoever starts it (the nightly job,
/// Verify now, the API), a break raises the integrity alarm, once per break (<see cref="AuditChainAlarms"/>).
/// </summary>
public sealed class AuditChainVerification(IDbContextFactory<PortalDbContext> contexts, IAuditAnchorKey anchorKey, TimeProvider clock, AuditChainAlarms alarms, AccessGuard guard)
{
    private const int BatchSize = 2_000;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        guard.Require(PortalPolicies.ViewAuditLog, AuditLogBrowser.MayNotView);
        var verifier = new AuditChainVerifier(anchorKey.Key);
        long after = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);

            // One snapshot for a batch's entries and anchors: a write landing between the two reads would
            // otherwise look like an anchor without its entries.
            await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
            var batch = await db.AuditLog.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);

            // The last batch also takes every anchor beyond it: those name entries that are gone.
            var last = batch.Count < BatchSize;
            var upTo = batch.Count > 0 ? batch[^1].Sequence : after;
            var anchors = await db.AuditAnchors.AsNoTracking()
                .Where(a => a.Sequence > after && (last || a.Sequence <= upTo))
                .OrderBy(a => a.Sequence).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            verifier.ExpectAnchors(anchors);
            foreach (var entry in batch)
            {
                if (!verifier.Accept(entry))
                {
                    break;
                }
            }

            if (last || !verifier.IsIntact)
            {
                var report = new AuditChainReport(verifier.EntriesChecked, verifier.AnchoredUpTo, verifier.Finish(), clock.GetUtcNow());
                if (report.Break is { } chainBreak)
                {
                    await alarms.RaiseAsync(chainBreak, cancellationToken);
                }

                return report;
            }

            after = upTo;
        }
    }
}
