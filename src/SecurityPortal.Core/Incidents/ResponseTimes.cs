namespace SecurityPortal.Core.Incidents;

/// <summary>
/// Mean times from detection for a group of incidents. Each mean covers only the incidents that reached
/// that milestone, so it is null when none did; the count is the whole group.
/// </summary>
public sealed record ResponseTimes(int Count, TimeSpan? MeanTimeToAcknowledge, TimeSpan? MeanTimeToContain, TimeSpan? MeanTimeToResolve);
