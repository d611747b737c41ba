namespace SecurityPortal.Core.Incidents;

/// <summary>
/// An escalation already sent for an incident (e.g. <c>Contain:breach</c>). Kept apart from the
/// incident row so a notice never counts as someone editing the incident, and unique per incident so
/// a warning or breach is sent once even if two job runs race.
/// </summary>
public sealed class IncidentNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid IncidentId { get; set; }

    public required string Key { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
