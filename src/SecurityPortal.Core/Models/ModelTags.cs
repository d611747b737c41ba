namespace SecurityPortal.Core.Models;

/// <summary>
/// Free tags on a model, stored as one space-separated lowercase string so the inventory search can
/// match them with the same LIKE as names and keys.
/// </summary>
public static class ModelTags
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;

    /// <summary>Splits on spaces, commas and semicolons, lowercases and removes repeats; reports the first bad tag.</summary>
    public static string Normalize(string? tags, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(tags))
        {
            return string.Empty;
        }

        var parts = tags.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var bad = parts.FirstOrDefault(t => t.Length > MaxTagLength || !t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'));
        if (bad is not null)
        {
            error = $"Tag '{bad}' is not allowed: tags have up to {MaxTagLength} letters, digits, '-', '_' or '.'.";
        }
        else if (parts.Count > MaxTags)
        {
            error = $"Give at most {MaxTags} tags.";
        }

        return string.Join(' ', parts);
    }
}
