using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Security;

/// <summary>
/// One portfolio size in a SQLite file of its own: seeded through plain contexts, then three scheduled runs of the
/// job as the portal carries them out, each timed and its commands counted. The file is deleted at the end.
/// </summary>
internal static class AssessmentScenarios
{
    // The targets, stated for 10,000 models × 3 environments.
    private const int TargetModels = 10_000;
    private const double FirstRunTargetSeconds = 10;
    private const double UnchangedRunTargetSeconds = 1;

    public static async Task<List<ScenarioRow>> RunAsync(int models, AssessmentOptions options, bool report)
    {
        var file = Path.Combine(Path.GetTempPath(), $"securityportal-assessment-bench-{Guid.NewGuid():N}.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}");
        var plain = new BenchContextFactory(settings);
        try
        {
            await using (var db = plain.CreateDbContext())
            {
                await db.Database.MigrateAsync();
            }

            var clock = TimeProvider.System;
            var seeding = Stopwatch.StartNew();
            var hardenable = await BenchPortfolio.SeedAsync(plain, models, clock.GetUtcNow());
            if (report)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{models:N0} models: seeded {BenchPortfolio.Teams} teams, {models * 2:N0} versions, {models * 3:N0} deployments and {models * 6:N0} deployment events in {seeding.Elapsed.TotalSeconds:F1} s"));
            }

            // The job as the container builds it, with the portal's own save path and a system actor.
            var actor = new CurrentActor();
            actor.SetSystem("bench", null);
            var counter = new CommandCounter();
            var contexts = new AuditedContextFactory(settings, clock, actor, new BenchAnchorKey(), counter);
            var progress = new AssessmentProgress();
            var runs = new AssessmentRuns(contexts, clock, actor, new AccessGuard(actor), new UnusedJobClient(), options, progress);
            var job = new AssessmentJob(
                contexts,
                clock,
                actor,
                runs,
                new AssessmentBatchReader(IncidentSettings.ReadSlaPolicy(new ConfigurationBuilder().Build()), contexts),
                options,
                new AssessmentRunHooks(),
                progress,
                [new SecurityPortal.Web.Features.Audits.AuditOverdueRuleSource()],
                NullLogger<AssessmentJob>.Instance);
            var batches = (models + options.BatchSize - 1) / options.BatchSize;
            var atTarget = models == TargetModels;

            var rows = new List<ScenarioRow>();
            rows.Add(await MeasureAsync(job, plain, counter, "first run (opens every finding)", models, batches, 1, atTarget ? FirstRunTargetSeconds : null, report));
            rows.Add(await MeasureAsync(job, plain, counter, "second run, nothing changed", models, batches, 2, atTarget ? UnchangedRunTargetSeconds : null, report));
            var hardened = await BenchPortfolio.HardenAsync(plain, hardenable, clock.GetUtcNow());
            rows.Add(await MeasureAsync(job, plain, counter, string.Create(CultureInfo.InvariantCulture, $"third run, {hardened:N0} deployments (1%) hardened"), models, batches, 3, null, report));
            return rows;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
        }
    }

    /// <summary>One scheduled run (queue, then every batch, then the team scores), timed and counted from start to end.</summary>
    private static async Task<ScenarioRow> MeasureAsync(
        AssessmentJob job, BenchContextFactory plain, CommandCounter counter, string scenario, int models, int batches, int number, double? targetSeconds, bool report)
    {
        counter.Reset();
        var watch = Stopwatch.StartNew();
        await job.RunScheduledAsync(CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var (queries, writes) = (counter.Queries, counter.Writes);

        await using var db = plain.CreateDbContext();
        var run = await db.AssessmentRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Number == number)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Assessment run {number} was not started."));
        if (run.Status != AssessmentRunStatus.Succeeded || run.Done != models)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Assessment run {run.Number} ended {run.Status} after {run.Done} of {models} models: {run.Error}"));
        }

        var row = new ScenarioRow(models, scenario, seconds, queries, writes, batches, run.Opened, run.Resolved, targetSeconds);
        if (report)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {scenario}: {seconds:F2} s, {row.RoundTrips:N0} round trips ({queries:N0} queries, {writes:N0} writes), {run.Opened:N0} opened, {run.Reopened:N0} reopened, {run.Resolved:N0} resolved"));
        }

        return row;
    }
}
