using System.Globalization;

namespace SecurityPortal.Core.Exports;

/// <summary>One run of a schedule: its key in the archive (<c>2026-12</c>, <c>2026-Q4</c>) and the day it is made.</summary>
public sealed record ExportPeriod(string Key, DateOnly RunsOn);

/// <summary>
/// The calendar of scheduled exports. A period is due from its run day on, and only if that day is on or after the
/// schedule was made: a schedule set up on the 4th for the 1st of each month first runs on the 1st of next month.
/// Only the latest due period is made; a period missed while the portal was down is made when it comes back, once.
/// </summary>
public static class ExportPeriods
{
    public static ExportPeriod? Due(ExportCadence cadence, int dayOfMonth, DateOnly createdOn, DateOnly today)
    {
        var period = Latest(cadence, dayOfMonth, today);
        return period.RunsOn >= createdOn ? period : null;
    }

    /// <summary>The next run day after <paramref name="today"/> (or today, if today's period is due and not yet past).</summary>
    public static DateOnly Next(ExportCadence cadence, int dayOfMonth, DateOnly createdOn, DateOnly today)
    {
        var latest = Latest(cadence, dayOfMonth, today);
        var next = latest.RunsOn.AddMonths(cadence == ExportCadence.Quarterly ? 3 : 1);
        return latest.RunsOn >= createdOn && latest.RunsOn == today ? today : next;
    }

    /// <summary>The last period whose run day is on or before <paramref name="today"/>.</summary>
    private static ExportPeriod Latest(ExportCadence cadence, int dayOfMonth, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfMonth, ExportSchedule.LatestDayOfMonth);
        var month = new DateOnly(today.Year, today.Month, 1);
        if (cadence == ExportCadence.Quarterly)
        {
            month = month.AddMonths(-((today.Month - 1) % 3));
        }

        var runsOn = month.AddDays(dayOfMonth - 1);
        if (runsOn > today)
        {
            month = month.AddMonths(cadence == ExportCadence.Quarterly ? -3 : -1);
            runsOn = month.AddDays(dayOfMonth - 1);
        }

        var key = cadence == ExportCadence.Quarterly
            ? string.Create(CultureInfo.InvariantCulture, $"{month.Year}-Q{((month.Month - 1) / 3) + 1}")
            : month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new ExportPeriod(key, runsOn);
    }
}
