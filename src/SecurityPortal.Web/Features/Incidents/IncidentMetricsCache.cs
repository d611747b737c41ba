using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>
/// The organisation's incident metrics, computed once per node and shared by every open Incidents page:
/// they do not depend on anyone's filter, only on the incidents (a change invalidates them) and on the
/// clock (they are at most <see cref="MaxAge"/> old). Concurrent readers share one computation. The desk
/// invalidates them before it announces a change; changes announced by others (the escalation job) invalidate
/// them through the events. Another node's change reaches this node's figures within <see cref="MaxAge"/>.
/// </summary>
public sealed class IncidentMetricsCache : IDisposable
{
    /// <summary>Breach counts move with time, not only with changes; a minute matches the escalation job.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private Task<IncidentMetricsResponse>? _current;
    private DateTimeOffset _computedAt;

    public IncidentMetricsCache(IServiceScopeFactory scopes, TimeProvider clock, IIncidentEvents events)
    {
        _scopes = scopes;
        _clock = clock;
        _subscription = events.Subscribe(change =>
        {
            if (change.ChangesListings)
            {
                Invalidate();
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>How many times the metrics were computed on this node (for tests and diagnostics).</summary>
    public int Computations { get; private set; }

    public Task<IncidentMetricsResponse> GetAsync()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_current is null || _current.IsFaulted || _current.IsCanceled || now - _computedAt >= MaxAge)
            {
                _computedAt = now;
                Computations++;
                _current = ComputeAsync();
            }

            return _current;
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    private async Task<IncidentMetricsResponse> ComputeAsync()
    {
        // Its own scope, acting as the portal: the page that asked first may close before the figures are ready.
        await using var scope = _scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("job:incident-metrics", null);
        return await scope.ServiceProvider.GetRequiredService<IncidentBoard>().ComputeMetricsAsync();
    }

    public void Dispose() => _subscription.Dispose();
}
