using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// What a model's owners say about one control of the catalogue, and who last stood behind it. One row per model
/// and control; the assessment reads it (<see cref="AssessedControlStatus"/>) to check claims against evidence and age.
/// </summary>
public sealed class ModelControlStatus : Entity
{
    public const int MaxJustificationLength = 1000;

    public Guid ModelId { get; set; }

    public required string ControlCode { get; set; }

    public ControlImplementation Status { get; set; }

    /// <summary>Required for NotApplicable (why it is out of scope) and Partial (what is missing).</summary>
    public string? Justification { get; set; }

    public required string ReviewedBy { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }
}
