using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Exports;

/// <summary>
/// A report made on a calendar (e.g. the portfolio summary on the first of each month) and sent to its recipients.
/// Each period yields one export: the archive holds at most one per schedule and period.
/// </summary>
public sealed class ExportSchedule : Entity
{
    public const int MaxNameLength = 120;
    public const int MaxRecipientsLength = 1000;
    public const int MaxRecipients = 20;
    public const int LatestDayOfMonth = 28;

    public required string Name { get; set; }

    public ExportKind Kind { get; set; }

    /// <summary>The report's parameters as JSON, as a request for it would carry them.</summary>
    public string Parameters { get; set; } = "{}";

    public ExportCadence Cadence { get; set; }

    /// <summary>The day of the month it is made (1–28, so every month has it).</summary>
    public int DayOfMonth { get; set; } = 1;

    /// <summary>Who is told, by e-mail and in the portal, that the export is ready: e-mail addresses, comma-separated.</summary>
    public required string Recipients { get; set; }

    /// <summary>A paused schedule makes nothing until it is resumed. (Who made it, and when, are the entity's stamps.)</summary>
    public bool Active { get; set; } = true;

    public IReadOnlyList<string> RecipientList =>
        [.. Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The period due by <paramref name="today"/>, if one is: see <see cref="ExportPeriods"/>.</summary>
    public ExportPeriod? DuePeriod(DateOnly today) =>
        Active ? ExportPeriods.Due(Cadence, DayOfMonth, DateOnly.FromDateTime(CreatedAt.UtcDateTime), today) : null;

    public DateOnly NextRun(DateOnly today) => ExportPeriods.Next(Cadence, DayOfMonth, DateOnly.FromDateTime(CreatedAt.UtcDateTime), today);
}
