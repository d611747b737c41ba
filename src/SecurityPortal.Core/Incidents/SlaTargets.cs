namespace SecurityPortal.Core.Incidents;

/// <summary>How long after detection an incident may take to be acknowledged, contained and resolved.</summary>
public sealed record SlaTargets(TimeSpan Acknowledge, TimeSpan Contain, TimeSpan Resolve);
