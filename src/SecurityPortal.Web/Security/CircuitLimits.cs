namespace SecurityPortal.Web.Security;

/// <summary>
/// Deliberate limits on Blazor circuits and their SignalR hub: a client cannot make the server hold
/// unbounded render batches, huge messages or many disconnected circuits.
/// </summary>
public static class CircuitLimits
{
    public static void AddPortalCircuitLimits(this IRazorComponentsBuilder components) =>
        components.AddInteractiveServerComponents(circuits =>
            {
                // Reconnects after short network blips keep their state; abandoned circuits go soon.
                circuits.DisconnectedCircuitMaxRetained = 100;
                circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
                // A slow or stalled client stops receiving renders instead of growing server memory.
                circuits.MaxBufferedUnacknowledgedRenderBatches = 10;
                circuits.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
                circuits.DetailedErrors = false;
            })
            .AddHubOptions(hub =>
            {
                // Pages send events and small form values; 64 KB is ample and bounds a hostile client.
                hub.MaximumReceiveMessageSize = 64 * 1024;
                hub.MaximumParallelInvocationsPerClient = 1;
                hub.ClientTimeoutInterval = TimeSpan.FromSeconds(60);
                hub.HandshakeTimeout = TimeSpan.FromSeconds(15);
            });
}
