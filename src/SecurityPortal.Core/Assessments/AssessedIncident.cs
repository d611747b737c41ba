using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Assessments;

/// <summary>An open incident affecting the assessed model, with the response clocks it has run past.</summary>
/// <param name="Ref">The incident's reference, such as <c>INC-2026-0042</c>; it identifies the finding.</param>
/// <param name="Severity">The incident's severity; only SEV1 and SEV2 breaches become findings.</param>
/// <param name="BreachedClocks">The <see cref="SlaClockNames"/> of the response clocks breached at the assessment moment.</param>
public sealed record AssessedIncident(string Ref, IncidentSeverity Severity, IReadOnlyList<string> BreachedClocks)
{
    public bool IsSlaBreached => BreachedClocks.Count > 0;

    /// <summary>
    /// Runs the incident's acknowledge, contain and resolve clocks (<see cref="SlaClock.Evaluate"/>) at
    /// <paramref name="at"/>. A clock met late still counts: the breach happened while the incident is open, and
    /// counting only running clocks would resolve and reopen the finding each time a late milestone is reached.
    /// The Art. 73 report clock is left out; reporting to the authority is its own control (SP-10.3).
    /// </summary>
    public static AssessedIncident Assess(string incidentRef, IncidentSeverity severity, IncidentMilestones milestones, SlaPolicy policy, DateTimeOffset at) =>
        new(
            incidentRef,
            severity,
            [.. SlaClock.Evaluate(policy.For(severity), milestones, at).Where(clock => clock.IsBreached).Select(clock => clock.Name)]);

    public static AssessedIncident From(Incident incident, SlaPolicy policy, DateTimeOffset at) =>
        Assess(incident.Ref, incident.Severity, incident.Milestones, policy, at);
}
