using System.Collections.Concurrent;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>Fans changes out to the circuits of this process. One slow or failing page never blocks the others.</summary>
public sealed partial class InProcessIncidentEvents(ILogger<InProcessIncidentEvents> logger) : IIncidentEvents
{
    private readonly ConcurrentDictionary<Guid, Func<IncidentChanged, Task>> _handlers = new();

    /// <summary>
    /// Hands the change to every subscriber without waiting for them: the change is already saved, so
    /// a slow page must not delay the person who made it, and a failing page must not turn their
    /// success into an error.
    /// </summary>
    public Task PublishAsync(IncidentChanged change)
    {
        foreach (var (id, handler) in _handlers)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(change);
                }
                catch (Exception ex)
                {
                    LogHandlerFailed(logger, ex, change.Ref, id);
                }
            });
        }

        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Func<IncidentChanged, Task> handler)
    {
        var id = Guid.NewGuid();
        _handlers[id] = handler;
        return new Subscription(() => _handlers.TryRemove(id, out _));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page's handler for incident {Ref} failed (subscription {Subscription})")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string @ref, Guid subscription);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
