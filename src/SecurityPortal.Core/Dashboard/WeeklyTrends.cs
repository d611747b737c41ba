using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Dashboard;

/// <summary>What one week of a trend counts, by a key (a severity, "on time"/"late").</summary>
public sealed record TrendWeek<TKey>(DateOnly StartsOn, IReadOnlyDictionary<TKey, int> Counts)
    where TKey : notnull
{
    public int Total => Counts.Values.Sum();
}

/// <summary>One week's value (an average score); null when there was nothing to average.</summary>
public sealed record TrendValue(DateOnly StartsOn, double? Value);

/// <summary>An incident reduced to what its trend reads.</summary>
public sealed record IncidentDates(IncidentSeverity Severity, DateTimeOffset DetectedAt, DateTimeOffset? ClosedAt);

/// <summary>A finding reduced to when it was open: from its first sighting until it was resolved.</summary>
public sealed record FindingDates(FindingSeverity Severity, DateTimeOffset FirstSeenAt, DateTimeOffset? ResolvedAt);

/// <summary>A signed-off audit: on time when signed off by the end of its due day.</summary>
public sealed record SignedOffAudit(DateOnly DueOn, DateTimeOffset SignedOffAt)
{
    public bool OnTime => DateOnly.FromDateTime(SignedOffAt.UtcDateTime) <= DueOn;
}

/// <summary>
/// The dashboard's 90-day trends, week by week (ISO weeks, Monday first, the current week last and counted up to
/// today), every week present so a chart has no gaps.
/// </summary>
public static class WeeklyTrends
{
    /// <summary>Thirteen weeks: the last 90 days.</summary>
    public const int Weeks = 13;

    public static IReadOnlyList<DateOnly> WeekStarts(DateOnly today, int weeks = Weeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var last = IncidentMetrics.WeekStart(today);
        return [.. Enumerable.Range(0, weeks).Select(i => last.AddDays(-7 * (weeks - 1 - i)))];
    }

    /// <summary>Incidents opened (detected) in each week, by severity.</summary>
    public static IReadOnlyList<TrendWeek<IncidentSeverity>> Opened(IEnumerable<IncidentDates> incidents, DateOnly today) =>
        CountIn(incidents, i => i.DetectedAt, i => i.Severity, IncidentSeverities.All, today);

    /// <summary>Incidents closed in each week, by severity.</summary>
    public static IReadOnlyList<TrendWeek<IncidentSeverity>> Closed(IEnumerable<IncidentDates> incidents, DateOnly today) =>
        CountIn(incidents.Where(i => i.ClosedAt is not null), i => i.ClosedAt!.Value, i => i.Severity, IncidentSeverities.All, today);

    /// <summary>
    /// Findings open at the end of each week (today for the current one), by severity: first seen by then and not
    /// resolved by then. A finding resolved and reopened since counts as open from its first sighting on.
    /// </summary>
    public static IReadOnlyList<TrendWeek<FindingSeverity>> OpenFindings(IEnumerable<FindingDates> findings, DateOnly today)
    {
        var all = findings.ToList();
        return [.. WeekStarts(today).Select(start =>
        {
            var end = EndOf(start, today);
            var open = all.Where(f => f.FirstSeenAt < end && (f.ResolvedAt is not { } resolved || resolved >= end)).ToList();
            return new TrendWeek<FindingSeverity>(start, Enum.GetValues<FindingSeverity>().ToDictionary(s => s, s => open.Count(f => f.Severity == s)));
        })];
    }

    /// <summary>
    /// The average of every model's latest score at the end of each week; scores are stored when they change, so a
    /// model's score holds until its next row. Weeks before any model had a score have none.
    /// </summary>
    public static IReadOnlyList<TrendValue> AverageScore(IEnumerable<(Guid Model, DateTimeOffset At, int Score)> scores, DateOnly today)
    {
        var byModel = scores.GroupBy(s => s.Model).Select(g => g.OrderBy(s => s.At).ToList()).ToList();
        return [.. WeekStarts(today).Select(start =>
        {
            var end = EndOf(start, today);
            var latest = byModel.Select(rows => rows.LastOrDefault(r => r.At < end)).Where(r => r.Model != Guid.Empty).Select(r => r.Score).ToList();
            return new TrendValue(start, latest.Count == 0 ? null : Math.Round(latest.Average(), 1));
        })];
    }

    /// <summary>Audits signed off in each week, on time (by their due day) or late.</summary>
    public static IReadOnlyList<TrendWeek<bool>> AuditsSignedOff(IEnumerable<SignedOffAudit> audits, DateOnly today) =>
        CountIn(audits, a => a.SignedOffAt, a => a.OnTime, [true, false], today);

    private static List<TrendWeek<TKey>> CountIn<TItem, TKey>(
        IEnumerable<TItem> items, Func<TItem, DateTimeOffset> at, Func<TItem, TKey> key, IReadOnlyList<TKey> keys, DateOnly today)
        where TKey : notnull
    {
        var all = items.ToList();
        return [.. WeekStarts(today).Select(start =>
        {
            var from = Midnight(start);
            var to = Midnight(start.AddDays(7));
            var inWeek = all.Where(i => at(i) >= from && at(i) < to).ToList();
            return new TrendWeek<TKey>(start, keys.ToDictionary(k => k, k => inWeek.Count(i => EqualityComparer<TKey>.Default.Equals(key(i), k))));
        })];
    }

    // The current week ends at the end of today; earlier weeks at the following Monday.
    private static DateTimeOffset EndOf(DateOnly start, DateOnly today) => Midnight(start.AddDays(7) <= today ? start.AddDays(7) : today.AddDays(1));

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
