using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Training;

/// <summary>
/// A security course people take: where to take it, how long it lasts, how often it must be retaken, and whom it is
/// mandatory for. A course is mandatory for a person when it names their role or their team (either is enough).
/// </summary>
public sealed class Course : Entity
{
    public const int MaxCodeLength = 20;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxLinkLength = 500;

    /// <summary>A short, stable name such as <c>AIS-101</c>; the API and the LMS refer to courses by it.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>Where the course is taken: the organisation's LMS or a document.</summary>
    public string? Link { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>Months a completion stays current; null means it is taken once.</summary>
    public int? RecurrenceMonths { get; set; }

    /// <summary>The pass mark out of 100, when the course is scored.</summary>
    public int? PassingScore { get; set; }

    /// <summary>Roles the course is mandatory for, comma-separated (stored flat; only this class reads them).</summary>
    public string MandatoryRoles { get; set; } = string.Empty;

    /// <summary>Teams the course is mandatory for, comma-separated ids.</summary>
    public string MandatoryTeamIds { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    public IReadOnlySet<string> Roles => Split(MandatoryRoles).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<Guid> Teams => Split(MandatoryTeamIds).Select(Guid.Parse).ToHashSet();

    public bool IsMandatory => MandatoryRoles.Length > 0 || MandatoryTeamIds.Length > 0;

    public void MakeMandatoryFor(IEnumerable<string> roles, IEnumerable<Guid> teams)
    {
        MandatoryRoles = string.Join(',', roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        MandatoryTeamIds = string.Join(',', teams.Distinct().Order());
    }

    /// <summary>Whether someone holding <paramref name="role"/> in <paramref name="teamId"/> must take this course.</summary>
    public bool IsMandatoryFor(string? role, Guid? teamId) =>
        IsActive && ((role is not null && Roles.Contains(role)) || (teamId is { } team && Teams.Contains(team)));

    /// <summary>The last day a completion on <paramref name="completedOn"/> counts; null when it never expires.</summary>
    public DateOnly? ExpiresOn(DateOnly completedOn) => RecurrenceMonths is { } months ? completedOn.AddMonths(months) : null;

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
