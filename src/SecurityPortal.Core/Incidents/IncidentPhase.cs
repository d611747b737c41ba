namespace SecurityPortal.Core.Incidents;

/// <summary>
/// Where an incident is in NIST SP 800-61 handling. Declared in handling order: rules compare
/// phases to ask "has it reached containment yet".
/// </summary>
public enum IncidentPhase
{
    /// <summary>Reported or detected; nobody has looked at it yet.</summary>
    New,

    /// <summary>Analysed: severity, category and affected models confirmed (Detection and Analysis).</summary>
    Triaged,

    Contained,

    Eradicated,

    Recovered,

    /// <summary>Post-incident activity done: root cause and lessons learned recorded.</summary>
    Closed,
}
