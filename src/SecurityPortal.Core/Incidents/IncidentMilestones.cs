namespace SecurityPortal.Core.Incidents;

/// <summary>
/// The moments the SLA clocks measure. Every clock starts at detection, not at when
/// the ticket was filed, because the exposure began when the incident was detected.
/// </summary>
/// <param name="DetectedAt">When the incident was detected.</param>
/// <param name="AcknowledgedAt">When it first left New.</param>
/// <param name="ContainedAt">When it first reached Contained or a later phase.</param>
/// <param name="ResolvedAt">
/// When it reached Recovered. Recovered, not Closed, ends the clock: service is restored there, and
/// writing up lessons learned should not count against the response time.
/// </param>
public sealed record IncidentMilestones(
    DateTimeOffset DetectedAt,
    DateTimeOffset? AcknowledgedAt = null,
    DateTimeOffset? ContainedAt = null,
    DateTimeOffset? ResolvedAt = null)
{
    /// <summary>
    /// Derives the milestones from an incident's phase changes. Reopening clears the resolution: the
    /// incident is unresolved again, so the resolve clock, still measured from detection, runs again.
    /// Acknowledgement and containment keep their first moments.
    /// </summary>
    public static IncidentMilestones FromHistory(DateTimeOffset detectedAt, IEnumerable<PhaseChange> changes)
    {
        DateTimeOffset? acknowledged = null;
        DateTimeOffset? contained = null;
        DateTimeOffset? resolved = null;
        foreach (var change in changes.OrderBy(c => c.At))
        {
            if (IncidentWorkflow.IsReopen(change.From, change.To))
            {
                resolved = null;
            }

            acknowledged ??= change.At;
            if (change.To >= IncidentPhase.Contained)
            {
                contained ??= change.At;
            }

            if (change.To >= IncidentPhase.Recovered)
            {
                resolved ??= change.At;
            }
        }

        return new IncidentMilestones(detectedAt, acknowledged, contained, resolved);
    }
}
