namespace SecurityPortal.Core.Incidents;

/// <summary>Where one deadline of an incident stands at a given moment.</summary>
/// <param name="Name">One of <see cref="SlaClockNames"/>.</param>
/// <param name="DueAt">When the deadline falls.</param>
/// <param name="MetAt">When it was met, or null while it is not.</param>
/// <param name="TimeLeft">Until the deadline; negative once it has passed; null once met.</param>
/// <param name="IsBreached">Met after the deadline, or not met and the deadline has passed.</param>
/// <param name="Status">The same facts as one value, for display and escalation.</param>
public sealed record SlaClockState(
    string Name,
    DateTimeOffset DueAt,
    DateTimeOffset? MetAt,
    TimeSpan? TimeLeft,
    bool IsBreached,
    SlaClockStatus Status);
