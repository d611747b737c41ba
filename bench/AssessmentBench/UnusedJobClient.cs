using Hangfire;
using Hangfire.Common;
using Hangfire.States;

/// <summary>
/// AssessmentRuns hands a run to a Hangfire worker only for "Run now"; the benchmark calls the job in process, so
/// nothing may ever be enqueued.
/// </summary>
internal sealed class UnusedJobClient : IBackgroundJobClient
{
    public string Create(Job? job, IState? state) =>
        throw new NotSupportedException("The benchmark runs the assessment job in process.");

    public bool ChangeState(string? jobId, IState? state, string? expectedState) =>
        throw new NotSupportedException("The benchmark runs the assessment job in process.");
}
