namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// The findings list's address for a filter: the filters live in the address, so a filtered list can be bookmarked,
/// shared, and linked from the dashboard's figures and the heatmap's cells. Values are spelled by name, the way
/// <see cref="FindingBoard.Parse"/> reads them back.
/// </summary>
public static class FindingsAddress
{
    public const string Path = "/findings";

    public static string For(FindingQuery query, int page = 1)
    {
        var parts = new List<string>();
        Add(parts, "model", query.Model);
        Add(parts, "team", query.Team);
        Add(parts, "severity", query.Severity?.ToString());
        Add(parts, "status", query.Status?.ToString());
        Add(parts, "source", query.Source?.ToString());
        Add(parts, "practice", query.Practice?.ToString());
        Add(parts, "owner", query.Owner);
        Add(parts, "page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? Path : Path + "?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
