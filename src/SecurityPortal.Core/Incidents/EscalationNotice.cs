namespace SecurityPortal.Core.Incidents;

/// <summary>
/// A notification the escalation job should send now. Its key is stable, such as
/// <c>Contain:breach</c>; store it with the incident once sent so it is never sent twice.
/// </summary>
/// <param name="Key">The clock name and <c>warning</c> or <c>breach</c>, unique within one incident.</param>
/// <param name="Clock">One of <see cref="SlaClockNames"/>.</param>
/// <param name="IsBreach">False for the early warning, true once the deadline has passed.</param>
/// <param name="DueAt">The deadline the notice is about.</param>
public sealed record EscalationNotice(string Key, string Clock, bool IsBreach, DateTimeOffset DueAt);
