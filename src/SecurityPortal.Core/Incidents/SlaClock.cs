namespace SecurityPortal.Core.Incidents;

/// <summary>Computes an incident's acknowledge, contain and resolve clocks at a given moment.</summary>
public static class SlaClock
{
    // A warning with a quarter of the time left gives responders a real chance to act: 15 minutes of
    // a one-hour target, six hours of a day.
    private const double DueSoonShare = 0.25;

    /// <summary>The three response clocks, all started at detection, in the order they fall due.</summary>
    public static IReadOnlyList<SlaClockState> Evaluate(SlaTargets targets, IncidentMilestones milestones, DateTimeOffset now)
    {
        var start = milestones.DetectedAt;
        return
        [
            Track(SlaClockNames.Acknowledge, start, start + targets.Acknowledge, milestones.AcknowledgedAt, now),
            Track(SlaClockNames.Contain, start, start + targets.Contain, milestones.ContainedAt, now),
            Track(SlaClockNames.Resolve, start, start + targets.Resolve, milestones.ResolvedAt, now),
        ];
    }

    /// <summary>
    /// One clock that started at <paramref name="startedAt"/> and falls due at <paramref name="dueAt"/>.
    /// Reaching the due moment exactly is not yet a breach.
    /// </summary>
    public static SlaClockState Track(string name, DateTimeOffset startedAt, DateTimeOffset dueAt, DateTimeOffset? metAt, DateTimeOffset now)
    {
        if (metAt is { } met)
        {
            var late = met > dueAt;
            return new SlaClockState(name, dueAt, met, null, late, late ? SlaClockStatus.MetLate : SlaClockStatus.Met);
        }

        var left = dueAt - now;
        if (left < TimeSpan.Zero)
        {
            return new SlaClockState(name, dueAt, null, left, true, SlaClockStatus.Breached);
        }

        var status = left < (dueAt - startedAt) * DueSoonShare ? SlaClockStatus.DueSoon : SlaClockStatus.OnTrack;
        return new SlaClockState(name, dueAt, null, left, false, status);
    }
}
