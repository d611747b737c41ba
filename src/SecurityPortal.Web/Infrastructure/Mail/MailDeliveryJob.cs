using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>
/// Every minute: sends the notifications marked for e-mail that are still owed. A message is claimed before it is
/// sent (its not-before moves five minutes ahead in one conditional update, so a second node skips it), marked sent
/// the moment the server took it, and on a refusal or time-out kept owed with the reason and a growing back-off.
/// Nothing is lost while the server is down and nothing that was taken is sent again; the one gap, a crash between
/// the server taking a message and the mark, resends the same Message-Id (the same pickup file).
/// </summary>
public sealed partial class MailDeliveryJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    IMailSender sender,
    MailOptions options,
    ILogger<MailDeliveryJob> logger)
{
    public const string Id = "mail-delivery";
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<MailDeliveryOutcome> RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", Guid.NewGuid().ToString("N"));
        var now = clock.GetUtcNow();
        List<Guid> owed;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            owed = await Owed(db, now).OrderBy(n => n.CreatedAt).Select(n => n.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        }

        var sent = 0;
        var failed = 0;
        foreach (var id in owed)
        {
            if (!await ClaimAsync(id, now, cancellationToken))
            {
                continue;
            }

            if (await DeliverAsync(id, cancellationToken))
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        if (sent + failed > 0)
        {
            LogRun(logger, sent, failed);
        }

        return new MailDeliveryOutcome(sent, failed);
    }

    private static IQueryable<Core.Incidents.PortalNotification> Owed(PortalDbContext db, DateTimeOffset now) =>
        db.Notifications.Where(n => n.ByEmail && n.EmailedAt == null && (n.EmailNotBefore == null || n.EmailNotBefore <= now));

    /// <summary>Holds one message for this run; false when another node got it first or it was sent meanwhile.</summary>
    private async Task<bool> ClaimAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + Claim;
        return await Owed(db, now).Where(n => n.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.EmailNotBefore, until), cancellationToken) == 1;
    }

    private async Task<bool> DeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleAsync(n => n.Id == id, cancellationToken);
        try
        {
            await sender.SendAsync(NotificationMail.Compose(notification, options), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            notification.EmailFailed(clock.GetUtcNow(), $"{ex.GetType().Name}: {ex.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            LogFailed(logger, ex, notification.Recipient, notification.EmailAttempts, notification.EmailNotBefore);
            return false;
        }

        // Recorded even if the run is being cancelled: the server has the message.
        notification.Emailed(clock.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail delivery: {Sent} sent, {Failed} failed and kept for another attempt")]
    private static partial void LogRun(ILogger logger, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Recipient} failed (attempt {Attempts}); next attempt not before {NotBefore}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string recipient, int attempts, DateTimeOffset? notBefore);
}

public sealed record MailDeliveryOutcome(int Sent, int Failed);
