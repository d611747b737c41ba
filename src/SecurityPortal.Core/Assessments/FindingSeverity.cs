namespace SecurityPortal.Core.Assessments;

/// <summary>
/// How urgently a finding must be fixed; it sets the due date (<see cref="FindingDuePolicy"/>) and what the
/// finding costs the model's score (<see cref="ComplianceScore"/>). Declared least severe first, unlike
/// incident severities, so "at least High" reads as <c>severity &gt;= FindingSeverity.High</c>.
/// </summary>
public enum FindingSeverity
{
    /// <summary>Housekeeping: worth fixing, but nothing is exposed because of it.</summary>
    Low,

    /// <summary>A safeguard is missing that would limit the damage or prove what happened.</summary>
    Medium,

    /// <summary>The model or its data is exposed, or an attack would go unnoticed.</summary>
    High,

    /// <summary>Anyone could misuse the model in production today.</summary>
    Critical,
}
