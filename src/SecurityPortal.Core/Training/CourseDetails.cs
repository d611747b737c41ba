using System.Text.RegularExpressions;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;

namespace SecurityPortal.Core.Training;

/// <summary>
/// A course's fields as the form and the API send them, checked in one place. Team names are checked against the
/// database by the caller; everything that needs no data is checked here.
/// </summary>
public sealed partial record CourseDetails(
    string Code,
    string Title,
    string Description,
    string? Link,
    int DurationMinutes,
    int? RecurrenceMonths,
    int? PassingScore,
    IReadOnlyList<string> MandatoryRoles,
    IReadOnlyList<string> MandatoryTeams)
{
    public const int MaxDurationMinutes = 24 * 60;
    public const int MaxRecurrenceMonths = 60;

    public static CourseDetails Parse(
        string? code,
        string? title,
        string? description,
        string? link,
        int? durationMinutes,
        int? recurrenceMonths,
        int? passingScore,
        IEnumerable<string>? mandatoryRoles,
        IEnumerable<string>? mandatoryTeams)
    {
        var errors = new FieldErrors();
        var trimmedCode = code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!CodePattern().IsMatch(trimmedCode))
        {
            errors.Add("code", $"A course code is 2 to {Course.MaxCodeLength} letters, digits and hyphens, such as AIS-101.");
        }

        var trimmedTitle = title?.Trim() ?? string.Empty;
        if (trimmedTitle.Length is 0 or > Course.MaxTitleLength)
        {
            errors.Add("title", $"Give the course a title of at most {Course.MaxTitleLength} characters.");
        }

        var trimmedDescription = description?.Trim() ?? string.Empty;
        if (trimmedDescription.Length > Course.MaxDescriptionLength)
        {
            errors.Add("description", $"The description is at most {Course.MaxDescriptionLength} characters.");
        }

        var trimmedLink = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        if (trimmedLink is not null
            && (trimmedLink.Length > Course.MaxLinkLength
                || !Uri.TryCreate(trimmedLink, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add("link", "The link is an http or https address (the LMS course or the document).");
        }

        if (durationMinutes is not { } minutes || minutes < 1 || minutes > MaxDurationMinutes)
        {
            errors.Add("durationMinutes", $"Give the duration in minutes, from 1 to {MaxDurationMinutes}.");
        }

        if (recurrenceMonths is < 1 or > MaxRecurrenceMonths)
        {
            errors.Add("recurrenceMonths", $"A course is retaken every 1 to {MaxRecurrenceMonths} months, or taken once (leave it empty).");
        }

        if (passingScore is < 1 or > 100)
        {
            errors.Add("passingScore", "The pass mark is between 1 and 100, or empty for a course without a score.");
        }

        var roles = new List<string>();
        foreach (var role in Distinct(mandatoryRoles))
        {
            if (PortalRoles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                roles.Add(known);
            }
            else
            {
                errors.Add("mandatoryRoles", $"'{role}' is not one of {string.Join(", ", PortalRoles.All)}.");
            }
        }

        errors.ThrowIfAny();
        return new CourseDetails(trimmedCode, trimmedTitle, trimmedDescription, trimmedLink, durationMinutes!.Value, recurrenceMonths, passingScore, roles, Distinct(mandatoryTeams));
    }

    private static List<string> Distinct(IEnumerable<string>? values) =>
        [.. (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,19}$")]
    private static partial Regex CodePattern();
}
