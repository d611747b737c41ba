using System.Text.Json;
using SecurityPortal.Core.Exports;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// A schedule to make: <c>kind</c> and <c>parameters</c> as for an export, <c>cadence</c> (<c>Monthly</c>,
/// <c>Quarterly</c>), <c>dayOfMonth</c> (1–28), and the recipients' e-mail addresses.
/// </summary>
public sealed record NewExportScheduleRequest(string? Name, string? Kind, JsonElement? Parameters, string? Cadence, int? DayOfMonth, IReadOnlyList<string>? Recipients);

public sealed record ExportScheduleResponse(
    Guid Id,
    string Name,
    ExportKind Kind,
    string Subject,
    ExportCadence Cadence,
    int DayOfMonth,
    IReadOnlyList<string> Recipients,
    bool Active,
    DateOnly NextRun,
    string CreatedBy,
    Guid? LastExportId,
    string? LastPeriod,
    Guid ConcurrencyToken);

/// <summary>Schedules are few; the list is not paged.</summary>
public sealed record ExportScheduleList(IReadOnlyList<ExportScheduleResponse> Items)
{
    public int Total => Items.Count;
}
