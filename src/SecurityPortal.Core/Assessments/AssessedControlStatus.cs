namespace SecurityPortal.Core.Assessments;

/// <summary>What the owners of a model have recorded about one control, as the assessment reads it.</summary>
/// <param name="ControlCode">The catalogue code, such as <c>SP-01.1</c>; an unknown code produces no finding.</param>
/// <param name="Status">What the owners claim.</param>
/// <param name="ReviewedAt">
/// When someone last set or confirmed the status. A status set once and never reviewed counts from when it was
/// set, so there is always a moment to measure staleness from.
/// </param>
/// <param name="HasCurrentEvidence">
/// True when at least one piece of evidence has not expired at the assessment moment. Decided by the caller,
/// which holds the evidence rows; the rules only need the answer.
/// </param>
public sealed record AssessedControlStatus(
    string ControlCode,
    ControlImplementation Status,
    DateTimeOffset ReviewedAt,
    bool HasCurrentEvidence);
