namespace SecurityPortal.Core.Assessments;

/// <summary>How far a model's owners say a control is met, as recorded on the model's control status.</summary>
public enum ControlImplementation
{
    /// <summary>Met in full; the claim needs current evidence to stand.</summary>
    Implemented,

    /// <summary>Met in part; the justification says what is missing.</summary>
    Partial,

    NotImplemented,

    /// <summary>Out of scope for this model; the justification says why, and is reviewed like any other status.</summary>
    NotApplicable,
}
