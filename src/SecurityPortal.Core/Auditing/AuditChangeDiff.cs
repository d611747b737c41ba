using System.Text.Json;

namespace SecurityPortal.Core.Auditing;

/// <summary>One field of an audit entry as it was before and after the change (null where it did not exist).</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After);

/// <summary>
/// Reads an entry's canonical change JSON back as field-level before/after pairs: a created row has only "after"
/// values, a deleted row only "before" values, an update <c>{ "from", "to" }</c> per changed field. Anything that is
/// not that shape (an entry written by hand, a tampered one) is shown as it stands rather than refused.
/// </summary>
public static class AuditChangeDiff
{
    public static IReadOnlyList<AuditFieldChange> Of(string action, string changes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(changes);
        }
        catch (JsonException)
        {
            return [new AuditFieldChange("(changes)", null, changes)];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new AuditFieldChange("(changes)", null, changes)];
            }

            var deleted = action.EndsWith(".Deleted", StringComparison.Ordinal);
            var fields = new List<AuditFieldChange>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                if (IsFromTo(value))
                {
                    fields.Add(new AuditFieldChange(property.Name, Text(value.GetProperty("from")), Text(value.GetProperty("to"))));
                }
                else
                {
                    fields.Add(deleted
                        ? new AuditFieldChange(property.Name, Text(value), null)
                        : new AuditFieldChange(property.Name, null, Text(value)));
                }
            }

            return fields;
        }
    }

    private static bool IsFromTo(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("from", out _)
        && value.TryGetProperty("to", out _)
        && value.EnumerateObject().Count() == 2;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
