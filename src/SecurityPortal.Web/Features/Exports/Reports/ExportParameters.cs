using System.Text.Json;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>Reading an export request's <c>parameters</c> object, with errors that say what was expected.</summary>
public static class ExportParameters
{
    public const string Field = "parameters";

    /// <summary>The GUID named <paramref name="name"/>, or a field error naming the shape the report needs.</summary>
    public static Guid RequireGuid(JsonElement? parameters, string name, string shape)
    {
        if (parameters is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property)
            && property.ValueKind == JsonValueKind.String && property.TryGetGuid(out var id))
        {
            return id;
        }

        throw Problem(shape);
    }

    /// <summary>The string named <paramref name="name"/> (trimmed, non-empty), or a field error.</summary>
    public static string RequireString(JsonElement? parameters, string name, string shape)
    {
        if (parameters is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property)
            && property.ValueKind == JsonValueKind.String && property.GetString() is { } text && !string.IsNullOrWhiteSpace(text) && text.Length <= 200)
        {
            return text.Trim();
        }

        throw Problem(shape);
    }

    /// <summary>The optional GUID named <paramref name="name"/>; absent or null is fine, anything else is an error.</summary>
    public static Guid? OptionalGuid(JsonElement? parameters, string name, string shape)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return parameters is null or { ValueKind: JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined } ? null : throw Problem(shape);
        }

        return property.ValueKind == JsonValueKind.String && property.TryGetGuid(out var id) ? id : throw Problem(shape);
    }

    /// <summary>A string the stored parameters of an export hold (written by the report's own resolve step).</summary>
    public static string Stored(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(name, out var value) && value.GetString() is { } text
            ? text
            : throw new InvalidOperationException($"The export's parameters lack '{name}'.");
    }

    public static string Json(object parameters) => JsonSerializer.Serialize(parameters, JsonSerializerOptions.Web);

    private static ValidationFailedException Problem(string shape) => new(Field, shape);
}
