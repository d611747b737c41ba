using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// The periodic assessment: every model, batch by batch, through the rules in Core. Each batch's findings, scores,
/// history and the run's counters and cursor are one save, so a batch is all or nothing and a retry resumes after the
/// last saved batch. Reconciliation is idempotent and findings are unique per (model, rule, subject): a rerun, a
/// retry or a second node never opens a finding twice.
/// </summary>
public sealed partial class AssessmentJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    AssessmentRuns runs,
    AssessmentBatchReader reader,
    AssessmentOptions options,
    AssessmentRunHooks hooks,
    AssessmentProgress progress,
    IEnumerable<IAssessmentRuleSource> ruleSources,
    ILogger<AssessmentJob> logger)
{
    public const string Id = "assessment";

    /// <summary>The schedule's entry point: starts a run unless one is active (which then covers this slot).</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunScheduledAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", Guid.NewGuid().ToString("N"));
        var run = await runs.TryQueueAsync(cancellationToken);
        if (run is null)
        {
            LogSkipped(logger);
            return;
        }

        await ExecuteAsync(run.Value, cancellationToken);
    }

    /// <summary>Carries out a queued run; a run already finished is left alone, so a repeated job changes nothing.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task ExecuteAsync(Guid runId, CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", runId.ToString("N"));
        try
        {
            var run = await StartAsync(runId, cancellationToken);
            if (run is null)
            {
                return;
            }

            var at = run.StartedAt!.Value;
            var rules = await RulesAsync(at, cancellationToken);
            var evaluated = rules.Select(r => r.RuleKey).Distinct(StringComparer.Ordinal).ToList();
            progress.Announce(run.Id);
            while (await RunBatchAsync(run, at, rules, evaluated, cancellationToken))
            {
                progress.Announce(run.Id);
                await hooks.AfterBatchAsync(run, cancellationToken);
            }

            await FinishAsync(run, cancellationToken);
            progress.Announce(run.Id);
            LogFinished(logger, run.Number, run.Done, run.Opened, run.Reopened, run.Resolved);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, runId);
            await runs.FailAsync(runId, ex.Message, CancellationToken.None);
            progress.Announce(runId);
            throw;
        }
    }

    /// <summary>
    /// One batch in one save; false when no model is left. Someone changing one of the batch's findings meanwhile
    /// (an assignment, a risk decision) makes the save fail on its concurrency token: the batch is read again and
    /// redone, since nothing of it was saved.
    /// </summary>
    private async Task<bool> RunBatchAsync(AssessmentRun run, DateTimeOffset at, IReadOnlyList<AssessmentRule> rules, IReadOnlyList<string> evaluated, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await reader.ReadAsync(db, run.Cursor, options.BatchSize, at, cancellationToken);
            if (batch.Models.Count == 0)
            {
                return false;
            }

            var saved = (run.Done, run.Opened, run.Reopened, run.Resolved, run.Cursor, run.HeartbeatAt);
            db.Attach(run);
            var tally = new FindingLedger(db, run, at, options.DuePolicy, actor.Name).Apply(batch, rules, evaluated);
            run.Done += batch.Models.Count;
            run.Opened += tally.Opened;
            run.Reopened += tally.Reopened;
            run.Resolved += tally.Resolved;
            run.Cursor = batch.LastKey;
            run.HeartbeatAt = clock.GetUtcNow();
            await hooks.BeforeBatchSaveAsync(run, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxBatchAttempts)
            {
                (run.Done, run.Opened, run.Reopened, run.Resolved, run.Cursor, run.HeartbeatAt) = saved;
                LogBatchRetried(logger, run.Number, attempt);
            }
        }
    }

    private const int MaxBatchAttempts = 3;

    /// <summary>
    /// The built-in rules with the configured review period, then the other areas' rules with their facts as of
    /// <paramref name="at"/>. A resumed run loads those facts again, at the same moment.
    /// </summary>
    private async Task<List<AssessmentRule>> RulesAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var review = TimeSpan.FromDays(options.ReviewPeriodDays);
        List<AssessmentRule> rules = [.. AssessmentRules.Builtin.Select(rule => rule is ReviewStaleRule ? new ReviewStaleRule(review) : rule)];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var source in ruleSources)
        {
            rules.AddRange(await source.LoadAsync(db, at, cancellationToken));
        }

        return rules;
    }

    /// <summary>Claims a queued run (the assessment moment is fixed here) or resumes a running one; null when there is nothing to do.</summary>
    private async Task<AssessmentRun?> StartAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.AssessmentRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !run.IsActive)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (run.Status == AssessmentRunStatus.Queued)
        {
            run.Status = AssessmentRunStatus.Running;
            run.StartedAt = now;
            run.Total = await db.Models.CountAsync(cancellationToken);
        }

        run.HeartbeatAt = now;
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(run).State = EntityState.Detached;
        return run;
    }

    /// <summary>Team scores and the portfolio's average from every model's latest score, and the run closed, in one save.</summary>
    private async Task FinishAsync(AssessmentRun run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Attach(run);
        var latest = await (from score in db.ModelScores.AsNoTracking()
                            where !db.ModelScores.Any(later => later.ModelId == score.ModelId && later.RunNumber > score.RunNumber)
                            join model in db.Models.AsNoTracking() on score.ModelId equals model.Id
                            select new { model.OwnerTeamId, score.Score })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var team in latest.GroupBy(s => s.OwnerTeamId))
        {
            db.TeamScores.Add(new TeamScore
            {
                TeamId = team.Key,
                RunId = run.Id,
                At = run.StartedAt!.Value,
                Score = ComplianceScore.ForTeam(team.Select(s => s.Score)) ?? ComplianceScore.Maximum,
                Models = team.Count(),
            });
        }

        run.AverageScore = ComplianceScore.ForTeam(latest.Select(s => s.Score));
        run.Status = AssessmentRunStatus.Succeeded;
        run.FinishedAt = now;
        run.HeartbeatAt = now;
        run.ActiveSlot = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assessment run {Number}: a finding changed while its batch was assessed; batch redone (attempt {Attempt})")]
    private static partial void LogBatchRetried(ILogger logger, int number, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assessment not started: a run is already queued or running")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assessment run {Number} finished: {Models} models, {Opened} opened, {Reopened} reopened, {Resolved} resolved")]
    private static partial void LogFinished(ILogger logger, int number, int models, int opened, int reopened, int resolved);

    [LoggerMessage(Level = LogLevel.Error, Message = "Assessment run {RunId} failed; the batches saved before the failure stand")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid runId);
}
