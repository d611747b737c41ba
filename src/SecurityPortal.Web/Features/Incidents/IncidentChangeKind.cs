namespace SecurityPortal.Web.Features.Incidents;

/// <summary>What happened to an incident, so each listener can tell whether it shows anything that changed.</summary>
public enum IncidentChangeKind
{
    Opened,
    PhaseMoved,
    Commented,
    Assigned,
    DetailsEdited,
    ReportRecorded,
    ModelRolledBack,
    Escalated,
}
