namespace SecurityPortal.Core.Training;

/// <summary>A person as the mandatory-training rules see them: one role and at most one team.</summary>
public sealed record Trainee(Guid UserId, string Email, string? Role, Guid? TeamId);

/// <summary>The newest assignment a person holds for a course, as far as the rules need it.</summary>
public sealed record LatestAssignment(Guid CourseId, Guid UserId, int Round, AssignmentStatus Status, DateOnly? ExpiresOn);

/// <summary>An assignment the rules say must exist; the caller adds it (the unique round keeps it single).</summary>
public sealed record DueAssignment(Guid CourseId, string CourseCode, Guid UserId, string Email, int Round, DateOnly DueOn, AssignmentSource Source);

/// <summary>
/// Which mandatory assignments are missing: everyone a mandatory course applies to owes it once, and owes it again
/// from the day their completion comes within the renewal window of expiring. An open assignment is
/// never doubled, whoever created it.
/// </summary>
public static class MandatoryTraining
{
    public static IReadOnlyList<DueAssignment> Missing(
        IEnumerable<Course> courses,
        IEnumerable<Trainee> people,
        IEnumerable<LatestAssignment> latest,
        DateOnly today,
        int dueDays,
        int renewalDays)
    {
        var newest = latest
            .GroupBy(a => (a.CourseId, a.UserId))
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Round)!);
        var mandatory = courses.Where(c => c.IsMandatory && c.IsActive).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var due = new List<DueAssignment>();
        foreach (var person in people.OrderBy(p => p.Email, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var course in mandatory.Where(c => c.IsMandatoryFor(person.Role, person.TeamId)))
            {
                if (!newest.TryGetValue((course.Id, person.UserId), out var last))
                {
                    due.Add(new(course.Id, course.Code, person.UserId, person.Email, 1, today.AddDays(dueDays), AssignmentSource.Mandatory));
                }
                else if (last.Status == AssignmentStatus.Completed && last.ExpiresOn is { } expires && expires <= today.AddDays(renewalDays))
                {
                    // Due the day the completion lapses, or at once when it already has.
                    var dueOn = expires < today ? today : expires;
                    due.Add(new(course.Id, course.Code, person.UserId, person.Email, last.Round + 1, dueOn, AssignmentSource.Renewal));
                }
            }
        }

        return due;
    }

    /// <summary>
    /// The mandatory courses <paramref name="person"/> is not current on <paramref name="today"/>: no completion, or
    /// the last one expired. The release gate refuses an approval while this is not empty.
    /// </summary>
    public static IReadOnlyList<Course> NotCurrent(IEnumerable<Course> courses, Trainee person, IEnumerable<TrainingAssignment> theirs, DateOnly today)
    {
        var current = theirs.Where(a => a.UserId == person.UserId && a.IsCurrentOn(today)).Select(a => a.CourseId).ToHashSet();
        return [.. courses.Where(c => c.IsMandatoryFor(person.Role, person.TeamId) && !current.Contains(c.Id)).OrderBy(c => c.Code, StringComparer.Ordinal)];
    }
}
