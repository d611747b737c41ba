namespace SecurityPortal.Core.Training;

/// <summary>An assignment reduced to the dates the completion figures read.</summary>
public sealed record AssignmentDates(DateOnly AssignedOn, DateOnly? CompletedOn);

/// <summary>The share of assignments completed at one moment: completed / assigned, 0–100, rounded down.</summary>
public sealed record CompletionPoint(DateOnly On, int Assigned, int Completed)
{
    public int Percent => Assigned == 0 ? 100 : Completed * 100 / Assigned;
}

/// <summary>Completion figures: now, and at the end of each of the last weeks for the chart.</summary>
public static class CompletionRate
{
    /// <summary>Percent of <paramref name="completed"/> out of <paramref name="assigned"/>; nothing assigned reads as 100.</summary>
    public static int Percent(int completed, int assigned) => assigned == 0 ? 100 : completed * 100 / assigned;

    /// <summary>
    /// At the end of each of the <paramref name="weeks"/> weeks up to <paramref name="today"/> (oldest first): how many
    /// assignments existed then and how many of those were completed by then.
    /// </summary>
    public static IReadOnlyList<CompletionPoint> Weekly(IReadOnlyCollection<AssignmentDates> assignments, DateOnly today, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var points = new List<CompletionPoint>(weeks);
        for (var back = weeks - 1; back >= 0; back--)
        {
            var on = today.AddDays(-7 * back);
            var assigned = assignments.Count(a => a.AssignedOn <= on);
            var completed = assignments.Count(a => a.AssignedOn <= on && a.CompletedOn is { } done && done <= on);
            points.Add(new CompletionPoint(on, assigned, completed));
        }

        return points;
    }
}
