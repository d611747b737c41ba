using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>One built artifact of a model. Once approved it never changes; only approved versions deploy.</summary>
public sealed class ModelVersion : Entity
{
    public Guid ModelId { get; set; }

    /// <summary>The semantic version as registered, unique within its model.</summary>
    public required string Version { get; set; }

    public required string ArtifactUri { get; set; }

    public required string Sha256 { get; set; }

    public long? SizeBytes { get; set; }

    public EncryptionAtRest EncryptionAtRest { get; set; }

    public string? KeyReference { get; set; }

    public SignatureStatus SignatureStatus { get; set; }

    public string? TrainingDataReference { get; set; }

    public string? Notes { get; set; }

    public ModelVersionState State { get; set; } = ModelVersionState.Draft;

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }
}
