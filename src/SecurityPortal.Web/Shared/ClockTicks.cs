namespace SecurityPortal.Web.Shared;

/// <summary>
/// One timer per node that tells open countdowns to redraw, so SLA and deadline clocks move on an open page
/// without a reload. Countdowns compute their text from <see cref="TimeProvider"/> when they render; the tick
/// only says "render again". One shared timer, not one per page, keeps idle circuits cheap.
/// </summary>
public sealed class ClockTicks : IDisposable
{
    /// <summary>Durations are shown to the minute; a quarter-minute tick shows each new minute promptly.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private readonly List<Action> _listeners = [];

    public ClockTicks(TimeProvider clock) => _timer = clock.CreateTimer(_ => Notify(), null, Interval, Interval);

    public IDisposable Subscribe(Action onTick)
    {
        lock (_gate)
        {
            _listeners.Add(onTick);
        }

        return new Subscription(this, onTick);
    }

    private void Notify()
    {
        Action[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            listener();
        }
    }

    public void Dispose() => _timer.Dispose();

    private sealed class Subscription(ClockTicks ticks, Action onTick) : IDisposable
    {
        public void Dispose()
        {
            lock (ticks._gate)
            {
                ticks._listeners.Remove(onTick);
            }
        }
    }
}
