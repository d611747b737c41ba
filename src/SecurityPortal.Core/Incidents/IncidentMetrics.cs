namespace SecurityPortal.Core.Incidents;

/// <summary>Mean time to acknowledge, contain and resolve, by severity, by model and week by week.</summary>
public static class IncidentMetrics
{
    /// <summary>Every severity, including those with no incidents, so a table always has four rows.</summary>
    public static IReadOnlyDictionary<IncidentSeverity, ResponseTimes> BySeverity(IEnumerable<HandledIncident> incidents)
    {
        var all = incidents.ToArray();
        return IncidentSeverities.All.ToDictionary(s => s, s => Summarise(all.Where(i => i.Severity == s).ToArray()));
    }

    /// <summary>Per model key; incidents not tied to a model are left out.</summary>
    public static IReadOnlyDictionary<string, ResponseTimes> ByModel(IEnumerable<HandledIncident> incidents) =>
        incidents
            .Where(i => i.ModelKey is not null)
            .GroupBy(i => i.ModelKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Summarise(g.ToArray()), StringComparer.Ordinal);

    /// <summary>
    /// One entry per week from the week holding <paramref name="from"/> to the week holding
    /// <paramref name="to"/>, empty weeks included so a chart has no gaps. The mean time to resolve
    /// is over incidents resolved in the week rather than opened in it: grouping by opening week would
    /// make recent weeks look fast, since only their quick incidents are resolved yet.
    /// </summary>
    public static IReadOnlyList<IncidentWeek> WeeklyTrend(IEnumerable<HandledIncident> incidents, DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        var all = incidents.ToArray();
        var weeks = new List<IncidentWeek>();
        for (var start = WeekStart(from); start <= to; start = start.AddDays(7))
        {
            var end = start.AddDays(7);
            var opened = all.Count(i => Within(i.DetectedAt, start, end));
            var resolved = all
                .Where(i => i.ResolvedAt is { } at && Within(at, start, end))
                .Select(i => i.ResolvedAt!.Value - i.DetectedAt)
                .ToArray();
            weeks.Add(new IncidentWeek(start, opened, resolved.Length, Mean(resolved)));
        }

        return weeks;
    }

    /// <summary>The Monday on or before <paramref name="day"/>, as ISO 8601 weeks start.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static bool Within(DateTimeOffset at, DateOnly start, DateOnly end)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return day >= start && day < end;
    }

    private static ResponseTimes Summarise(HandledIncident[] group) => new(
        group.Length,
        Mean(Durations(group, i => i.AcknowledgedAt)),
        Mean(Durations(group, i => i.ContainedAt)),
        Mean(Durations(group, i => i.ResolvedAt)));

    private static TimeSpan[] Durations(HandledIncident[] group, Func<HandledIncident, DateTimeOffset?> milestone) =>
        group
            .Select(i => milestone(i) - i.DetectedAt)
            .Where(d => d is not null)
            .Select(d => d!.Value)
            .ToArray();

    private static TimeSpan? Mean(TimeSpan[] durations)
    {
        if (durations.Length == 0)
        {
            return null;
        }

        return TimeSpan.FromTicks(durations.Sum(d => d.Ticks) / durations.Length);
    }
}
