using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Exports;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Keeps the archive honest: an export that has been Running longer than any report takes was left by a worker that
/// stopped mid-way (its file was never saved, since the file and Succeeded are saved together), so it is marked Failed
/// with that reason. Each row is failed under its concurrency token, so a worker finishing at that moment wins.
/// </summary>
public sealed partial class ExportHousekeepingJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    ExportOptions options,
    ILogger<ExportHousekeepingJob> logger)
{
    public const string Id = "exports";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem("job:exports", Guid.NewGuid().ToString("N"));
        await FailAbandonedAsync(cancellationToken);
    }

    /// <summary>Fails every export left Running too long; returns how many.</summary>
    public async Task<int> FailAbandonedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddMinutes(-options.AbandonAfterMinutes);
        List<Guid> stuck;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Few rows are ever Running; the start time is compared here so it works alike on both providers.
            var running = await db.Exports.AsNoTracking().Where(e => e.Status == ExportStatus.Running)
                .Select(e => new { e.Id, e.StartedAt }).ToListAsync(cancellationToken);
            stuck = [.. running.Where(e => e.StartedAt is null || e.StartedAt < cutoff).Select(e => e.Id)];
        }

        var failed = 0;
        foreach (var id in stuck)
        {
            // One context per export: a conflict on one leaves the others to be failed.
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var export = await db.Exports.SingleAsync(e => e.Id == id, cancellationToken);
            if (export.Status != ExportStatus.Running)
            {
                continue;
            }

            var started = export.StartedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown time";
            export.Failed($"Abandoned: generation started at {started} UTC and did not finish within {options.AbandonAfterMinutes} minutes (the worker stopped). Ask for the export again.", now);
            try
            {
                await db.SaveUnlessChangedAsync(cancellationToken);
                failed++;
                LogAbandoned(logger, export.DocumentId);
            }
            catch (Core.Common.ConflictException)
            {
                // It finished (or failed) a moment ago: its own outcome stands.
            }
        }

        return failed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export {DocumentId} was left running by a stopped worker; marked failed")]
    private static partial void LogAbandoned(ILogger logger, string documentId);
}
