using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>Reads the whole audit log in sequence order, in batches, and verifies its hash chain.</summary>
public sealed class AuditChainVerification(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private const int BatchSize = 2_000;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        var verifier = new AuditChainVerifier();
        long after = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.AuditLog.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (!verifier.Accept(entry))
                {
                    return new AuditChainReport(verifier.EntriesChecked, verifier.Break, clock.GetUtcNow());
                }
            }

            if (batch.Count < BatchSize)
            {
                return new AuditChainReport(verifier.EntriesChecked, null, clock.GetUtcNow());
            }

            after = batch[^1].Sequence;
        }
    }
}
