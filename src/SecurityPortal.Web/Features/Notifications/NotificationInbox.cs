using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Notifications;

/// <summary>The signed-in person's portal notifications (SLA warnings and breaches today).</summary>
public sealed class NotificationInbox(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const int Shown = 10;

    public async Task<InboxView> ForAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unread = db.Notifications.AsNoTracking().Where(n => n.Recipient == recipient && n.ReadAt == null);
        var count = await unread.CountAsync(cancellationToken);
        var latest = await unread.OrderByDescending(n => n.CreatedAt).Take(Shown)
            .Select(n => new NotificationView(n.Id, n.Subject, n.Body, n.Link, n.CreatedAt))
            .ToListAsync(cancellationToken);
        return new InboxView(count, latest);
    }

    /// <summary>Marks everything unread for <paramref name="recipient"/> as read; nobody else's.</summary>
    public async Task MarkAllReadAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var unread = await db.Notifications.Where(n => n.Recipient == recipient && n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record NotificationView(Guid Id, string Subject, string Body, string? Link, DateTimeOffset CreatedAt);

public sealed record InboxView(int Unread, IReadOnlyList<NotificationView> Latest);
