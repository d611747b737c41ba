namespace SecurityPortal.Core.Incidents;

/// <summary>One Monday-to-Sunday week (UTC) of the incident trend.</summary>
/// <param name="StartsOn">The Monday the week starts on.</param>
/// <param name="Opened">Incidents detected that week.</param>
/// <param name="Resolved">Incidents resolved that week, whenever they were detected.</param>
/// <param name="MeanTimeToResolve">Mean detection-to-resolution time of the incidents resolved that week.</param>
public sealed record IncidentWeek(DateOnly StartsOn, int Opened, int Resolved, TimeSpan? MeanTimeToResolve);
