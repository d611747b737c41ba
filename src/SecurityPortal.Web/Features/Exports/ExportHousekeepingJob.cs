using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Exports;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Exports.Reports;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Makes the scheduled exports that are due and keeps the archive honest. A schedule's period yields one export: the
/// archive's unique (schedule, period) key turns a second writer (a rerun, another node) into a no-op. An export that
/// has been Running longer than any report takes was left by a worker that stopped mid-way (its file was never saved,
/// since the file and Succeeded are saved together), so it is marked Failed with that reason, under its concurrency
/// token so a worker finishing at that moment wins. One still Queued that long lost its job (the node stopped between
/// saving it and queueing it) and is queued again; generation runs once whatever the number of jobs.
/// </summary>
public sealed partial class ExportHousekeepingJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    ExportOptions options,
    ExportReports reports,
    IBackgroundJobClient jobs,
    ILogger<ExportHousekeepingJob> logger)
{
    public const string Id = "exports";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem("job:exports", Guid.NewGuid().ToString("N"));
        // Each step on its own: a schedule that cannot be made must not keep stuck exports from being failed.
        await StepAsync("make scheduled exports", () => MakeScheduledAsync(cancellationToken));
        await StepAsync("fail abandoned exports", () => FailAbandonedAsync(cancellationToken));
        await StepAsync("queue lost exports again", () => RequeueLostAsync(cancellationToken));
    }

    private async Task StepAsync(string step, Func<Task<int>> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStepFailed(logger, ex, step);
        }
    }

    /// <summary>Makes each active schedule's due period once; returns how many exports this call made.</summary>
    public async Task<int> MakeScheduledAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        List<ExportSchedule> schedules;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            schedules = await db.ExportSchedules.AsNoTracking().Where(s => s.Active).ToListAsync(cancellationToken);
        }

        var made = 0;
        foreach (var schedule in schedules)
        {
            if (schedule.DuePeriod(today) is not { } period || await ExistsAsync(schedule.Id, period.Key, cancellationToken))
            {
                continue;
            }

            PortalExport export;
            try
            {
                export = await PrepareAsync(schedule, period, now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogScheduleFailed(logger, ex, schedule.Name);
                continue; // the other schedules still run; this one is tried again next time
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Exports.Add(export);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                if (await ExistsAsync(schedule.Id, period.Key, CancellationToken.None))
                {
                    continue; // another worker made this period a moment earlier
                }

                throw;
            }

            made++;
            LogScheduled(logger, schedule.Name, period.Key, export.DocumentId);
            if (export.Status == ExportStatus.Queued)
            {
                jobs.Enqueue<ExportJob>(job => job.RunAsync(export.Id, CancellationToken.None));
            }
        }

        return made;
    }

    /// <summary>
    /// The export for one period. Its subject is found again now, as the portal: a subject that is gone (a deleted
    /// model) gives a Failed export with the reason, so the period is accounted for rather than retried for ever.
    /// </summary>
    private async Task<PortalExport> PrepareAsync(ExportSchedule schedule, ExportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var export = new PortalExport
        {
            Kind = schedule.Kind,
            SubjectLabel = schedule.Name,
            Parameters = schedule.Parameters,
            RequestedBy = $"schedule: {schedule.Name}",
            RequestedAt = now,
            ScheduleId = schedule.Id,
            Period = period.Key,
        };
        try
        {
            using var parameters = System.Text.Json.JsonDocument.Parse(schedule.Parameters);
            var subject = await reports.For(schedule.Kind).ResolveAsync(parameters.RootElement.Clone(), cancellationToken);
            export.SubjectId = subject.Id;
            export.SubjectLabel = $"{subject.Label} ({period.Key})";
            export.SubjectLink = subject.Link;
        }
        catch (Exception ex) when (ex is Core.Common.NotFoundException or Core.Common.ValidationFailedException or Core.Common.NotAllowedException)
        {
            export.Failed($"The schedule's subject cannot be read: {ex.Message}", now);
        }

        export.SubjectLabel = PortalExport.FitLabel(export.SubjectLabel);

        return export;
    }

    private async Task<bool> ExistsAsync(Guid scheduleId, string period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Exports.AnyAsync(e => e.ScheduleId == scheduleId && e.Period == period, cancellationToken);
    }

    /// <summary>Queues again every export still Queued after the abandon time; returns how many.</summary>
    public async Task<int> RequeueLostAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddMinutes(-options.AbandonAfterMinutes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queued = await db.Exports.AsNoTracking().Where(e => e.Status == ExportStatus.Queued)
            .Select(e => new { e.Id, e.RequestedAt }).ToListAsync(cancellationToken);
        var lost = queued.Where(e => e.RequestedAt < cutoff).Select(e => e.Id).ToList();
        foreach (var id in lost)
        {
            jobs.Enqueue<ExportJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return lost.Count;
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
            await ExportJob.TellRecipientsAsync(db, export, export.Error, now, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Exports housekeeping could not {Step}")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string step);

    [LoggerMessage(Level = LogLevel.Error, Message = "Schedule {Schedule}: its export could not be prepared")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception, string schedule);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {Schedule}: made the export for {Period} ({DocumentId})")]
    private static partial void LogScheduled(ILogger logger, string schedule, string period, string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export {DocumentId} was left running by a stopped worker; marked failed")]
    private static partial void LogAbandoned(ILogger logger, string documentId);
}
