using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Incidents;

/// <summary>
/// What an incident is: title, description, severity, category and Art. 73 kind. The report form, the edit
/// form, the API and the database's column lengths all use the rules here, so an incident cannot be valid
/// through one door and refused (or cut short) at another.
/// </summary>
public sealed record IncidentDetails(string Title, string Description, IncidentSeverity Severity, string Category, ReportableKind Reportable)
{
    public const int MinTitleLength = 5;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 8000;

    /// <summary>Comments, phase notes, root cause and lessons learned; also the timeline's column.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Checks raw input, recording problems under the API's field names; returns null when any field is wrong.</summary>
    public static IncidentDetails? Check(FieldErrors errors, string? title, string? description, string? severity, string? category, string? reportable)
    {
        var before = errors.Count;
        var cleanTitle = title?.Trim() ?? string.Empty;
        if (cleanTitle.Length is < MinTitleLength or > MaxTitleLength)
        {
            errors.Add("title", $"A title has {MinTitleLength} to {MaxTitleLength} characters.");
        }

        var cleanDescription = description?.Trim() ?? string.Empty;
        if (cleanDescription.Length > MaxDescriptionLength)
        {
            errors.Add("description", $"Keep the description under {MaxDescriptionLength:N0} characters.");
        }

        var parsedSeverity = IncidentSeverities.Parse(errors, "severity", severity);
        var cleanCategory = ParseCategory(errors, category);
        var kind = string.IsNullOrWhiteSpace(reportable) ? ReportableKind.None : errors.Enum<ReportableKind>("reportable", reportable);
        return errors.Count > before ? null : new IncidentDetails(cleanTitle, cleanDescription, parsedSeverity, cleanCategory, kind);
    }

    /// <summary>An optional note (phase change, root cause, lessons learned): trimmed, empty as null, at most <see cref="MaxNoteLength"/>.</summary>
    public static string? Note(string? text, string field)
    {
        var clean = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return clean?.Length > MaxNoteLength ? throw new ValidationFailedException(field, $"Keep it under {MaxNoteLength:N0} characters.") : clean;
    }

    /// <summary>A comment: 1 to <see cref="MaxNoteLength"/> characters.</summary>
    public static string Comment(string? text)
    {
        var clean = text?.Trim() ?? string.Empty;
        return clean.Length is 0 or > MaxNoteLength
            ? throw new ValidationFailedException("text", $"A comment has 1 to {MaxNoteLength:N0} characters.")
            : clean;
    }

    private static string ParseCategory(FieldErrors errors, string? text)
    {
        if (IncidentCategory.IsValid(text))
        {
            return IncidentCategory.Normalize(text!);
        }

        errors.Add("category", $"'{text}' is not a category: use an OWASP LLM id (LLM01–LLM10), an OWASP ML id (ML01–ML10), a MITRE ATLAS tactic (AML.TA0000…) or Other.");
        return IncidentCategory.Other;
    }
}
