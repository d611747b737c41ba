using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>An append-only record of a deploy or rollback: who, when, why, from which version to which.</summary>
public sealed class DeploymentEvent : Entity
{
    public Guid ModelId { get; set; }

    public DeploymentEnvironment Environment { get; set; }

    public DeploymentEventKind Kind { get; set; }

    public string? FromVersion { get; set; }

    public required string ToVersion { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Actor { get; set; }

    public DeploymentRecord ToRecord() => new(OccurredAt, FromVersion, ToVersion);
}
