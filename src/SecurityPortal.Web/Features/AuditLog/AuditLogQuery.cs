using System.Globalization;

namespace SecurityPortal.Web.Features.AuditLog;

/// <summary>
/// The audit-log viewer's filters: who (the start of the actor's name: a person's e-mail, an API key, a job), what kind
/// of thing (the entity type), which one (its id), the verb (Created, Updated, Deleted), and a time range in UTC days.
/// </summary>
public sealed record AuditLogQuery(
    string? Actor = null,
    string? EntityType = null,
    string? EntityId = null,
    string? Action = null,
    DateOnly? From = null,
    DateOnly? To = null);

/// <summary>The viewer's address for a query and page, so a filtered view can be bookmarked and shared.</summary>
public static class AuditLogAddress
{
    public const string Path = "/audit-log";

    public static string For(AuditLogQuery query, int page = 1) => Path + QueryString(query, page);

    /// <summary>The CSV of the same filtered view.</summary>
    public static string Csv(AuditLogQuery query) => "/audit-log.csv" + QueryString(query, 1);

    private static string QueryString(AuditLogQuery query, int page)
    {
        var parts = new List<string>();
        Add(parts, "actor", query.Actor);
        Add(parts, "entityType", query.EntityType);
        Add(parts, "entityId", query.EntityId);
        Add(parts, "action", query.Action);
        Add(parts, "from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
