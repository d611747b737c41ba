using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Reports.Composition;
using SecurityPortal.Web.Features.Exports.Reports;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Generates one export's PDF. Exactly once in effect: the export moves from Queued to Running under its concurrency
/// token, so a second worker (a retry racing the first, another node) finds it taken and stops; a job for an export
/// that already succeeded does nothing; the file, its SHA-256 and the Succeeded status are saved together.
/// </summary>
public sealed partial class ExportJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    ExportReports reports,
    ExportSigningCertificate signing,
    ExportSigningOptions signingOptions,
    ExportOptions options,
    ILogger<ExportJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task<ExportStatus> RunAsync(Guid exportId, CancellationToken cancellationToken)
    {
        actor.SetSystem("job:export", Guid.NewGuid().ToString("N"));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var export = await db.Exports.SingleAsync(e => e.Id == exportId, cancellationToken);
        // Only a queued export is generated: one running is another worker's, one done (or failed) is done.
        if (export.Status != ExportStatus.Queued)
        {
            return export.Status;
        }

        export.Status = ExportStatus.Running;
        export.StartedAt = clock.GetUtcNow();
        try
        {
            await db.SaveUnlessChangedAsync(cancellationToken);
        }
        catch (Core.Common.ConflictException)
        {
            return ExportStatus.Running; // another worker took it a moment earlier
        }

        try
        {
            var certificate = signing.Certificate;
            var stamp = new ReportStamp(options.Organisation, export.DocumentId, clock.GetUtcNow(), new ReportSignature(certificate, signingOptions.Reason, options.Organisation));
            var pdf = await reports.For(export.Kind).RenderAsync(export, stamp, cancellationToken);
            db.ExportFiles.Add(new ExportFile { ExportId = export.Id, Content = pdf });
            await TellRecipientsAsync(db, export, null, cancellationToken);
            export.Succeeded(pdf, PageCount(pdf), clock.GetUtcNow(), certificate.Subject, certificate.Thumbprint);
            await db.SaveChangesAsync(cancellationToken);
            LogDone(logger, export.DocumentId, pdf.Length, export.Pages ?? 0);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The housekeeping job gave it up as abandoned meanwhile; that outcome stands and no file is kept.
            return ExportStatus.Failed;
        }
        catch (OperationCanceledException)
        {
            // The node is shutting down: the export goes back to the queue, so the job Hangfire runs again after the
            // restart (or the housekeeping job's) makes it, instead of it waiting as Running to be given up.
            db.ChangeTracker.Clear();
            var interrupted = await db.Exports.SingleAsync(e => e.Id == exportId, CancellationToken.None);
            interrupted.Status = ExportStatus.Queued;
            interrupted.StartedAt = null;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            var failed = await db.Exports.SingleAsync(e => e.Id == exportId, CancellationToken.None);
            failed.Failed(ex.Message, clock.GetUtcNow());
            await TellRecipientsAsync(db, failed, failed.Error, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
            LogFailed(logger, ex, export.DocumentId);
            return failed.Status;
        }

        return export.Status;
    }

    /// <summary>
    /// A scheduled export tells its schedule's recipients, in the portal and by e-mail: with a link to the file when it
    /// succeeded, with the reason when it failed (a scheduled period is made once, so they must know to ask again).
    /// Saved with the outcome, so it is sent exactly once.
    /// </summary>
    internal static async Task TellRecipientsAsync(PortalDbContext db, PortalExport export, string? failure, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (export.ScheduleId is not { } scheduleId || await db.ExportSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken) is not { } schedule)
        {
            return;
        }

        foreach (var recipient in schedule.RecipientList)
        {
            db.Notifications.Add((failure is null
                ? PortalNotification.For(
                    NotificationKind.ExportReady,
                    recipient,
                    $"{Core.Common.Labels.Of(export.Kind)} ready: {schedule.Name} ({export.Period})",
                    $"The scheduled export {export.DocumentId} is in the archive, signed, for you to download.",
                    $"/exports/{export.Id}/file",
                    now)
                : PortalNotification.For(
                    NotificationKind.ExportReady,
                    recipient,
                    $"Scheduled export failed: {schedule.Name} ({export.Period})",
                    $"Export {export.DocumentId} could not be made: {failure} Export the report from its page instead.",
                    "/exports",
                    now)));
        }
    }

    private Task TellRecipientsAsync(PortalDbContext db, PortalExport export, string? failure, CancellationToken cancellationToken) =>
        TellRecipientsAsync(db, export, failure, clock.GetUtcNow(), cancellationToken);

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Export {DocumentId}: {Bytes} bytes, {Pages} pages")]
    private static partial void LogDone(ILogger logger, string documentId, int bytes, int pages);

    [LoggerMessage(Level = LogLevel.Error, Message = "Export {DocumentId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string documentId);
}
