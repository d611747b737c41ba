using SecurityPortal.Core.Assessments;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Called by the assessment job around each batch's save. The portal registers this no-op; tests register one that
/// throws, to show that a run stopped between batches leaves only whole batches behind and the next run completes.
/// </summary>
public class AssessmentRunHooks
{
    /// <summary>Called with a batch's changes staged, just before its save; tests use it to change a finding meanwhile.</summary>
    public virtual Task BeforeBatchSaveAsync(AssessmentRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task AfterBatchAsync(AssessmentRun run, CancellationToken cancellationToken) => Task.CompletedTask;
}
