namespace SecurityPortal.Core.Training;

/// <summary>Where an assignment stands. A failed attempt stays open: the person still owes the course.</summary>
public enum AssignmentStatus
{
    Assigned,
    Completed,
    Failed,
}
