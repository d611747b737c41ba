using System.Globalization;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>
/// The audits list's address for a filter, so a filtered list can be bookmarked and linked from the dashboard,
/// reminders and the model page. Values are spelled the way <see cref="AuditBoard.Parse"/> reads them back.
/// </summary>
public static class AuditsAddress
{
    public const string Path = "/audits";

    public static string For(AuditQuery query, int page = 1)
    {
        var parts = new List<string>();
        Add(parts, "status", query.Status?.ToString());
        Add(parts, "model", query.Model);
        Add(parts, "plan", query.Plan?.ToString());
        Add(parts, "team", query.Team);
        Add(parts, "auditor", query.Auditor);
        Add(parts, "dueFrom", query.DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "dueBefore", query.DueBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? Path : Path + "?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
