namespace SecurityPortal.Core.Audits;

/// <summary>
/// One period of a plan: the <paramref name="Number"/>th due date counted from the anchor (the first due date is
/// number 0) and the day the audit opens, the plan's lead time before it. The due date is the period's identity:
/// one audit per plan, model and due date.
/// </summary>
public sealed record AuditCycle(int Number, DateOnly DueOn, DateOnly OpensOn)
{
    /// <summary>Months between two due dates of <paramref name="recurrence"/>.</summary>
    public static int MonthsOf(AuditRecurrence recurrence) => recurrence switch
    {
        AuditRecurrence.Monthly => 1,
        AuditRecurrence.Quarterly => 3,
        AuditRecurrence.SemiAnnual => 6,
        AuditRecurrence.Annual => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence, "Not an audit recurrence."),
    };

    /// <summary>
    /// The longest lead time a recurrence allows: shorter than its shortest period, so a cycle never opens before the
    /// one before it is due and at most one cycle of a plan is open at a time.
    /// </summary>
    public static int MaxLeadDays(AuditRecurrence recurrence) => recurrence switch
    {
        AuditRecurrence.Monthly => 27,
        AuditRecurrence.Quarterly => 88,
        AuditRecurrence.SemiAnnual => 180,
        AuditRecurrence.Annual => 364,
        _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence, "Not an audit recurrence."),
    };

    /// <summary>
    /// The <paramref name="number"/>th cycle. Due dates are counted from the anchor each time, never from the previous
    /// due date, so a plan anchored on the 31st is due on the last day of shorter months and back on the 31st after.
    /// </summary>
    public static AuditCycle Of(DateOnly anchor, AuditRecurrence recurrence, int leadDays, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var due = anchor.AddMonths(number * MonthsOf(recurrence));
        return new AuditCycle(number, due, due.AddDays(-leadDays));
    }

    /// <summary>
    /// The latest cycle that has opened by <paramref name="today"/>, or null before the first opens. Only this one is
    /// created: a cycle the portal was down for is not created late, its successor is.
    /// </summary>
    public static AuditCycle? Current(DateOnly anchor, AuditRecurrence recurrence, int leadDays, DateOnly today)
    {
        if (Of(anchor, recurrence, leadDays, 0).OpensOn > today)
        {
            return null;
        }

        var months = MonthsOf(recurrence);
        var elapsed = ((today.Year - anchor.Year) * 12) + today.Month - anchor.Month;
        // An estimate from whole months, then corrected by at most a step or two either way.
        var number = Math.Max(0, (elapsed / months) + 1);
        while (number > 0 && Of(anchor, recurrence, leadDays, number).OpensOn > today)
        {
            number--;
        }

        while (Of(anchor, recurrence, leadDays, number + 1).OpensOn <= today)
        {
            number++;
        }

        return Of(anchor, recurrence, leadDays, number);
    }

    /// <summary>The cycles due from <paramref name="from"/> to <paramref name="until"/>, both included, for the calendar.</summary>
    public static IReadOnlyList<AuditCycle> DueBetween(DateOnly anchor, AuditRecurrence recurrence, int leadDays, DateOnly from, DateOnly until)
    {
        var cycles = new List<AuditCycle>();
        var number = Math.Max(0, (Current(anchor, recurrence, leadDays, from)?.Number ?? 0) - 1);
        for (var cycle = Of(anchor, recurrence, leadDays, number); cycle.DueOn <= until; cycle = Of(anchor, recurrence, leadDays, ++number))
        {
            if (cycle.DueOn >= from)
            {
                cycles.Add(cycle);
            }
        }

        return cycles;
    }
}
