using SecurityPortal.Core.Assessments;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Called by the assessment job after each batch is saved. The portal registers this no-op; tests register one that
/// throws, to show that a run stopped between batches leaves only whole batches behind and the next run completes.
/// </summary>
public class AssessmentRunHooks
{
    public virtual Task AfterBatchAsync(AssessmentRun run, CancellationToken cancellationToken) => Task.CompletedTask;
}
