namespace SecurityPortal.Core.Incidents;

/// <summary>
/// Whether an incident is a serious incident the EU AI Act (Regulation (EU) 2024/1689, Art. 73)
/// requires reporting to the market surveillance authority, and which deadline applies.
/// </summary>
public enum ReportableKind
{
    None,

    /// <summary>Art. 73(2): at most 15 days after becoming aware.</summary>
    Standard,

    /// <summary>
    /// Art. 73(3): a widespread infringement, or a serious and irreversible disruption of the management
    /// or operation of critical infrastructure (Art. 3(49)(b)); at most 2 days.
    /// </summary>
    CriticalInfrastructureOrWidespread,

    /// <summary>Art. 73(4): a person died; at most 10 days.</summary>
    Death,
}
