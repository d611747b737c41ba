namespace SecurityPortal.Core.Incidents;

/// <summary>What the response metrics need to know about one incident.</summary>
public sealed record HandledIncident(
    IncidentSeverity Severity,
    string? ModelKey,
    DateTimeOffset DetectedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ContainedAt,
    DateTimeOffset? ResolvedAt);
