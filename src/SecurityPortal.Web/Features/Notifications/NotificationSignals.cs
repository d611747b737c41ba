using System.Collections.Concurrent;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Web.Features.Notifications;

/// <summary>
/// Tells this node's open pages that their person has new notifications, as soon as the save that sent them has
/// committed. Pages on other nodes learn it at their next poll.
/// </summary>
public sealed partial class NotificationSignals(ILogger<NotificationSignals> logger) : INotificationSignal
{
    private readonly ConcurrentDictionary<Guid, (string Recipient, Func<Task> Handler)> _handlers = new();

    /// <summary>Hands the news to each page of those recipients without waiting: the save is done, a slow page must not hold it.</summary>
    public void Delivered(IReadOnlyCollection<string> recipients)
    {
        foreach (var (id, (recipient, handler)) in _handlers)
        {
            if (!recipients.Contains(recipient, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await handler();
                }
                catch (Exception ex)
                {
                    LogHandlerFailed(logger, ex, id);
                }
            });
        }
    }

    public IDisposable Subscribe(string recipient, Func<Task> handler)
    {
        var id = Guid.NewGuid();
        _handlers[id] = (recipient, handler);
        return new Subscription(() => _handlers.TryRemove(id, out _));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page's notification handler failed (subscription {Subscription})")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, Guid subscription);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
