using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Starting and following assessment runs. At most one run is queued or running at a time, across every node: the
/// unique active slot in the database refuses a second one, and "Run now" while one is active answers 409 naming it.
/// </summary>
public sealed class AssessmentRuns(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    AccessGuard guard,
    IBackgroundJobClient jobs,
    AssessmentOptions options,
    AssessmentProgress progress)
{
    public const int MaxListed = 50;

    /// <summary>Queues a run and hands it to a job worker; refused while another run is active.</summary>
    public async Task<AssessmentRunResponse> StartAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.RunAssessments, "Only administrators and security officers can start an assessment.");
        var runId = await TryQueueAsync(cancellationToken);
        if (runId is null)
        {
            var active = await ActiveAsync(cancellationToken);
            throw new ConflictException(active is null
                ? "Another assessment was started at the same moment; follow that one."
                : $"Assessment run {active.Number} is already {active.Status.ToString().ToLowerInvariant()} ({active.Done} of {active.Total} models); it must finish before another starts.");
        }

        jobs.Enqueue<AssessmentJob>(job => job.ExecuteAsync(runId.Value, CancellationToken.None));
        progress.Announce(runId.Value);
        return await GetAsync(runId.Value, cancellationToken);
    }

    /// <summary>Stores a new queued run, or null when one is active. A run abandoned by a node that went away is failed first.</summary>
    public async Task<Guid?> TryQueueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var active = await db.AssessmentRuns.SingleOrDefaultAsync(r => r.ActiveSlot == AssessmentRun.Active, cancellationToken);
        if (active is not null)
        {
            var lastSign = active.HeartbeatAt ?? active.RequestedAt;
            if (now - lastSign < TimeSpan.FromMinutes(options.AbandonedAfterMinutes))
            {
                return null;
            }

            active.Status = AssessmentRunStatus.Failed;
            active.ActiveSlot = null;
            active.FinishedAt = now;
            active.Error = $"Abandoned: nothing was saved for {options.AbandonedAfterMinutes} minutes.";
        }

        var number = (await db.AssessmentRuns.MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        var run = new AssessmentRun { Number = number, RequestedBy = actor.Name, RequestedAt = now };
        db.AssessmentRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The active slot or the number: another node queued a run between our read and our write.
            return null;
        }

        return run.Id;
    }

    public async Task<AssessmentRunResponse> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, "Only oversight roles can follow assessments.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.AssessmentRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no assessment run {id}.");
        return AssessmentRunResponse.From(run);
    }

    /// <summary>The newest runs first.</summary>
    public async Task<IReadOnlyList<AssessmentRunResponse>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, "Only oversight roles can follow assessments.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.AssessmentRuns.AsNoTracking().OrderByDescending(r => r.Number).Take(Math.Clamp(count, 1, MaxListed)).ToListAsync(cancellationToken);
        return [.. runs.Select(AssessmentRunResponse.From)];
    }

    public async Task<AssessmentRunResponse?> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.AssessmentRuns.AsNoTracking().SingleOrDefaultAsync(r => r.ActiveSlot == AssessmentRun.Active, cancellationToken);
        return run is null ? null : AssessmentRunResponse.From(run);
    }

    /// <summary>Closes a run that stopped on an error; what its saved batches changed stands.</summary>
    public async Task FailAsync(Guid id, string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.AssessmentRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null || !run.IsActive)
        {
            return;
        }

        run.Status = AssessmentRunStatus.Failed;
        run.ActiveSlot = null;
        run.FinishedAt = clock.GetUtcNow();
        run.Error = error.Length <= 2000 ? error : error[..2000];
        await db.SaveChangesAsync(cancellationToken);
    }
}
