using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Data.Interceptors;

/// <summary>
/// Applies each recipient's choices to the notifications a save adds: whether each shows in the portal and whether it
/// goes by e-mail. One place for every sender (jobs, use cases, alarms), so none can forget it; it runs before the
/// audit trail so the log records the notification as it was routed. Once the save has committed, it tells
/// <see cref="INotificationSignal"/> whom the portal notifications went to.
/// </summary>
public sealed class NotificationRoutingInterceptor(INotificationSignal? signal = null) : SaveChangesInterceptor
{
    // Between a save's start and its commit, whom it notifies in the portal; per context, as the interceptor is shared.
    private readonly ConditionalWeakTable<DbContext, List<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext context && Added(context) is { Count: > 0 } added)
        {
            var recipients = added.Select(n => n.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            Route(added, [.. context.NotificationPreferences.AsNoTracking().Where(p => recipients.Contains(p.Recipient))]);
            Remember(context, added);
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
            Remember(context, added);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Remember(DbContext context, List<PortalNotification> added)
    {
        var shown = added.Where(n => n.InPortal).Select(n => n.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (signal is not null && shown.Count > 0)
        {
            _pending.AddOrUpdate(context, shown);
        }
    }

    private void Signal(DbContext? context)
    {
        if (signal is not null && context is not null && _pending.TryGetValue(context, out var recipients))
        {
            _pending.Remove(context);
            signal.Delivered(recipients);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
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
