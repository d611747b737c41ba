using Microsoft.AspNetCore.Components;

namespace SecurityPortal.Web.Shared;

/// <summary>
/// A component whose text depends on the time: it renders again on every <see cref="ClockTicks"/> tick and
/// reads "now" from <see cref="TimeProvider"/> when it does.
/// </summary>
public abstract class LiveClockComponent : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject]
    private ClockTicks Ticks { get; set; } = default!;

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected override void OnInitialized() => _subscription = Ticks.Subscribe(OnTick);

    private void OnTick() =>
        // The timer thread hands over to the circuit; a circuit already gone has nothing left to draw.
        _ = InvokeAsync(StateHasChanged).ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
