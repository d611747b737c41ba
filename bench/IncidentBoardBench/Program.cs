using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Features.Incidents;

// The incidents list, its metrics and the dashboard's incident figures over 10,000 incidents (a year
// of a busy organisation) in a SQLite file. Breach status depends on the clock, so the breached filter,
// the metrics and the dashboard read rows into memory: this measures what that costs.
const int Incidents = 10_000;
const int Runs = 100;

var file = Path.Combine(Path.GetTempPath(), $"securityportal-incidents-bench-{Guid.NewGuid():N}.db");
var factory = new BenchContextFactory(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"));
var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
try
{
    await using (var db = factory.CreateDbContext())
    {
        await db.Database.MigrateAsync();
    }

    var seeding = Stopwatch.StartNew();
    await SeedAsync(factory, now);
    Console.WriteLine($"seeded {Incidents:N0} incidents in {seeding.Elapsed.TotalSeconds:F1} s");

    var policy = IncidentSettings.ReadSlaPolicy(new ConfigurationBuilder().Build());
    // The portal's own actor (as a job): sees every incident, like an officer.
    var actor = new SecurityPortal.Web.Security.CurrentActor();
    actor.SetSystem("bench", null);
    // The per-node metrics cache is not what is measured here: the scenario times the computation itself.
    var cache = new IncidentMetricsCache(
        new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        new FixedClock(now),
        new InProcessIncidentEvents(Microsoft.Extensions.Logging.Abstractions.NullLogger<InProcessIncidentEvents>.Instance));
    var board = new IncidentBoard(factory, new FixedClock(now), policy, actor, new SecurityPortal.Web.Security.AccessGuard(actor), cache);
    var scenarios = new (string Name, Func<int, Task<int>> Query)[]
    {
        ("list: open only, page 1 of 25", async _ => (await board.ListAsync(new IncidentListQuery(OpenOnly: true), 1, 25)).Items.Count),
        ("list: SEV1, open, page 1", async _ => (await board.ListAsync(new IncidentListQuery(Severity: IncidentSeverity.Sev1, OpenOnly: true), 1, 25)).Items.Count),
        ("list: breaching SLA, page 1 (in memory)", async _ => (await board.ListAsync(new IncidentListQuery(Breached: true, OpenOnly: true), 1, 25)).Items.Count),
        ("metrics: per severity, per model, 12 weeks", async _ => (await board.ComputeMetricsAsync()).ByModel.Count),
        ("dashboard incident figures", async _ => (await board.OverviewAsync("officer@bench.local")).MostUrgent.Count),
    };

    await Measure.ScenariosAsync(scenarios, warmups: 5, runs: Runs);
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(file);
}

static async Task SeedAsync(BenchContextFactory factory, DateTimeOffset now)
{
    var team = new Team { Name = "Bench team" };
    var models = Enumerable.Range(0, 200).Select(i => new AiModel { Key = $"model-{i:D3}", Name = $"Model {i:D3}", OwnerTeamId = team.Id }).ToList();
    await using (var db = factory.CreateDbContext())
    {
        db.Teams.Add(team);
        db.Models.AddRange(models);
        await db.SaveChangesAsync();
    }

    var phases = Enum.GetValues<IncidentPhase>();
    for (var batch = 0; batch < Incidents / 1000; batch++)
    {
        await using var db = factory.CreateDbContext();
        for (var i = batch * 1000; i < (batch + 1) * 1000; i++)
        {
            // Spread over a year; one in ten still open, so the open list and the breach check have work.
            var detected = now.AddHours(-(i * 0.876));
            var open = i % 10 == 0;
            var phase = open ? phases[i % 5] : IncidentPhase.Closed;
            var model = models[i % models.Count];
            var incident = new Incident
            {
                Year = detected.Year,
                Number = i + 1,
                Ref = $"INC-{detected.Year}-{i + 1:D5}",
                Title = $"Bench incident {i}",
                Description = "Seeded for the benchmark.",
                Severity = (IncidentSeverity)(i % 4),
                Category = "LLM01",
                Phase = phase,
                DetectedAt = detected,
                Reporter = "bench@bench.local",
                Assignee = i % 3 == 0 ? "officer@bench.local" : "lead@bench.local",
                AcknowledgedAt = phase == IncidentPhase.New ? null : detected.AddMinutes(30),
                ContainedAt = phase is IncidentPhase.New or IncidentPhase.Triaged ? null : detected.AddHours(5),
                ResolvedAt = phase is IncidentPhase.Recovered or IncidentPhase.Closed ? detected.AddDays(2) : null,
                ClosedAt = phase == IncidentPhase.Closed ? detected.AddDays(3) : null,
                RootCause = phase == IncidentPhase.Closed ? "Seeded" : null,
                LessonsLearned = phase == IncidentPhase.Closed ? "Seeded" : null,
            };
            incident.AffectedModels.Add(new IncidentAffectedModel { ModelId = model.Id, ModelKey = model.Key, IncidentId = incident.Id });
            db.Incidents.Add(incident);
        }

        await db.SaveChangesAsync();
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
