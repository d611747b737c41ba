using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Notifications;

/// <summary>
/// The portal notifications of the one acting: the bell's unread count and latest, the history page, marking read.
/// Everyone reads and marks only their own; whose they are comes from who is acting, never from the caller.
/// </summary>
public sealed class NotificationInbox(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard)
{
    public const int Shown = 10;
    public const int MaxPageSize = 100;

    public async Task<InboxView> ForMeAsync(CancellationToken cancellationToken = default)
    {
        var me = Me();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unread = db.Notifications.AsNoTracking().Where(n => n.Recipient == me && n.InPortal && n.ReadAt == null);
        var count = await unread.CountAsync(cancellationToken);
        var latest = await unread.OrderByDescending(n => n.CreatedAt).Take(Shown)
            .Select(n => new NotificationView(n.Id, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt, n.ByEmail))
            .ToListAsync(cancellationToken);
        return new InboxView(count, latest);
    }

    /// <summary>How many are unread, for the bell's badge (one indexed count).</summary>
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var me = Me();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.Recipient == me && n.InPortal && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Every notification, newest first, or only the unread ones.</summary>
    public async Task<ListPage<NotificationView>> HistoryAsync(bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, MaxPageSize);
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == me && n.InPortal && (!unreadOnly || n.ReadAt == null));
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .Select(n => new NotificationView(n.Id, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt, n.ByEmail))
            .ToListAsync(cancellationToken);
        return new ListPage<NotificationView>(items, total, page, pageSize);
    }

    /// <summary>Marks one of one's own notifications read; someone else's reads as not found.</summary>
    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var me = Me();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.Recipient == me, cancellationToken)
            ?? throw new NotFoundException($"There is no notification {id}.");
        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks everything unread of the one acting as read; nobody else's.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var me = Me();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var unread = await db.Notifications.Where(n => n.Recipient == me && n.InPortal && n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }

    private string Me()
    {
        guard.Require(PortalPolicies.SignedIn, "Sign in to see your notifications.");
        return guard.Actor;
    }
}

public sealed record NotificationView(Guid Id, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, bool ByEmail)
{
    public bool Unread => ReadAt is null;
}

public sealed record InboxView(int Unread, IReadOnlyList<NotificationView> Latest);
