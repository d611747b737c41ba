namespace SecurityPortal.Core.Assessments;

public enum AssessmentRunStatus
{
    /// <summary>Asked for; waiting for a job worker.</summary>
    Queued,
    Running,
    Succeeded,

    /// <summary>Stopped by an error or abandoned by a node that went away; the batches it finished stand.</summary>
    Failed,
}
