using Hangfire;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>
/// Nightly check that nobody has edited, removed, reordered, re-hashed or added audit-log entries around
/// the portal. A broken chain fails the job, naming the first bad position and what is wrong.
/// </summary>
public sealed class AuditChainVerificationJob(
    AuditChainVerification verification,
    CurrentActor actor,
    ILogger<AuditChainVerificationJob> logger)
{
    public const string Id = "audit-chain-verify";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public async Task<AuditChainReport> RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", Guid.NewGuid().ToString("N"));
        var report = await verification.VerifyAsync(cancellationToken);
        if (report.IsIntact)
        {
            logger.LogInformation("Audit chain intact: {Entries} entries verified", report.EntriesChecked);
        }
        else
        {
            logger.LogError(
                "Audit chain broken at entry {Sequence} ({Kind}): {Reason}",
                report.Break!.Sequence,
                report.Break.Kind,
                report.Break.Reason);

            // A failed job is what Hangfire, its dashboard and every operator's alerting already watch.
            throw new AuditChainBrokenException(report.Break);
        }

        return report;
    }
}
