using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// Everything the assessment rules read about one model, loaded by the job in one go. A snapshot rather than
/// the entities keeps the rules free of the database and lets a test state a whole model in a few lines.
/// </summary>
public sealed record AssessedModel
{
    /// <summary>The model's key; findings are stored under it (<see cref="FindingKey"/>).</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>Decides which controls apply, and how heavily findings weigh on the score.</summary>
    public required RiskTier RiskTier { get; init; }

    public required Guid OwnerTeamId { get; init; }

    /// <summary>The model's recorded control statuses, one per control.</summary>
    public IReadOnlyList<AssessedControlStatus> Controls { get; init; } = [];

    /// <summary>Incidents affecting the model that are not yet Closed; closing an incident clears its finding.</summary>
    public IReadOnlyList<AssessedIncident> OpenIncidents { get; init; } = [];

    /// <summary>At most one per environment.</summary>
    public IReadOnlyList<AssessedDeployment> Deployments { get; init; } = [];
}
