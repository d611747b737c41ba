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

/// <summary>Which incident changed, who changed it and how; pages reload the details themselves.</summary>
public sealed record IncidentChanged(string Ref, string Actor, IncidentChangeKind Kind)
{
    /// <summary>
    /// Whether lists and metrics can differ afterwards. A comment or an escalation notice changes only the
    /// incident's own timeline and people's inboxes; with a hundred lists open, reloading each of them for
    /// every comment was what made comments slow to arrive.
    /// </summary>
    public bool ChangesListings => Kind is not (IncidentChangeKind.Commented or IncidentChangeKind.Escalated);
}
