namespace SecurityPortal.Core.Incidents;

/// <summary>A model (and, when known, the version) an incident affects.</summary>
public sealed class IncidentAffectedModel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid IncidentId { get; set; }

    public Guid ModelId { get; set; }

    public required string ModelKey { get; set; }

    public string? Version { get; set; }
}
