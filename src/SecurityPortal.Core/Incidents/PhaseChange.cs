namespace SecurityPortal.Core.Incidents;

/// <summary>One recorded move of an incident from one phase to another.</summary>
public sealed record PhaseChange(IncidentPhase From, IncidentPhase To, DateTimeOffset At);
