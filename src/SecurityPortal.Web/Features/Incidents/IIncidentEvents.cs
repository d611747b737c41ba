namespace SecurityPortal.Web.Features.Incidents;

/// <summary>
/// Tells open pages that an incident changed, so everyone watching it sees the change without a
/// reload. In-process today; a multi-node deployment swaps in a bus (Redis, Service Bus) behind the
/// same interface.
/// </summary>
public interface IIncidentEvents
{
    Task PublishAsync(IncidentChanged change);

    /// <summary>Registers a handler until the returned subscription is disposed.</summary>
    IDisposable Subscribe(Func<IncidentChanged, Task> handler);
}

/// <summary>Which incident changed and who changed it; pages reload the details themselves.</summary>
public sealed record IncidentChanged(string Ref, string Actor, string What);
