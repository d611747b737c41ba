using Hangfire;
using Hangfire.Storage;
using SecurityPortal.Web.Infrastructure.Jobs;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>One recurring job as the Admin page shows it: what it does, when it runs, how its last run went, when it runs next.</summary>
public sealed record RecurringJobRow(
    string Id,
    string Purpose,
    string Cron,
    DateTimeOffset? LastRunAt,
    string? LastOutcome,
    bool Failed,
    string? Error,
    DateTimeOffset? NextRunAt);

/// <summary>
/// The recurring jobs at a glance, read from Hangfire's storage (so every node shows the same), for administrators who
/// should not need the Hangfire dashboard to see that a job is failing.
/// </summary>
public sealed class RecurringJobsOverview(JobStorage storage, AccessGuard guard)
{
    public IReadOnlyList<RecurringJobRow> List()
    {
        guard.Require(PortalPolicies.Administration, "Only administrators can see the portal's jobs.");
        using var connection = storage.GetConnection();
        return [.. connection.GetRecurringJobs().Select(ToRow).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A job failed when its last run ended Failed, or when Hangfire could not even schedule it (a bad cron, a job type
    /// it cannot load): both leave the job doing nothing, which is what an administrator must see first.
    /// </summary>
    public static RecurringJobRow ToRow(RecurringJobDto job)
    {
        var failed = string.Equals(job.LastJobState, "Failed", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrEmpty(job.Error);
        return new RecurringJobRow(
            job.Id,
            RecurringJobsRegistrar.Purposes.GetValueOrDefault(job.Id, job.Id),
            job.Cron,
            Utc(job.LastExecution),
            job.LastJobState,
            failed,
            job.Error,
            Utc(job.NextExecution));
    }

    private static DateTimeOffset? Utc(DateTime? at) => at is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
