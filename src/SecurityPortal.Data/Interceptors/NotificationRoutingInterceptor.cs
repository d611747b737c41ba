using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Data.Interceptors;

/// <summary>
/// Applies each recipient's choices to the notifications a save adds: whether each shows in the portal and whether it
/// goes by e-mail. One place for every sender (jobs, use cases, alarms), so none can forget it; it runs before the
/// audit trail so the log records the notification as it was routed.
/// </summary>
public sealed class NotificationRoutingInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext context && Added(context) is { Count: > 0 } added)
        {
            var recipients = added.Select(n => n.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            Route(added, [.. context.NotificationPreferences.AsNoTracking().Where(p => recipients.Contains(p.Recipient))]);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext context && Added(context) is { Count: > 0 } added)
        {
            var recipients = added.Select(n => n.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            Route(added, await context.NotificationPreferences.AsNoTracking().Where(p => recipients.Contains(p.Recipient)).ToListAsync(cancellationToken));
        }

        return result;
    }

    private static List<PortalNotification> Added(PortalDbContext context) =>
        [.. context.ChangeTracker.Entries<PortalNotification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    private static void Route(List<PortalNotification> added, List<NotificationPreference> choices)
    {
        var byRecipient = choices.ToLookup(c => (c.Recipient.ToUpperInvariant(), c.Kind));
        foreach (var notification in added)
        {
            notification.Route(byRecipient[(notification.Recipient.ToUpperInvariant(), notification.Kind)].FirstOrDefault());
        }
    }
}
