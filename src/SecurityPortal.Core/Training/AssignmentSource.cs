namespace SecurityPortal.Core.Training;

/// <summary>Why an assignment exists: someone assigned it, the course is mandatory, or a completion is expiring.</summary>
public enum AssignmentSource
{
    Manual,
    Mandatory,
    Renewal,
}
