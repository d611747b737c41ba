namespace SecurityPortal.Core.Incidents;

/// <summary>
/// How bad an incident is. <see cref="Sev1"/> is the most severe, so sorting ascending puts the
/// worst incidents first.
/// </summary>
public enum IncidentSeverity
{
    Sev1,
    Sev2,
    Sev3,
    Sev4,
}
