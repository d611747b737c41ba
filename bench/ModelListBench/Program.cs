using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Features.Models;

// The inventory list as people use it: a page of 50, filtered and sorted, against 10,000 models and
// 50,000 versions in a SQLite file. Measures ModelInventory.ListAsync itself (query + mapping).
const int Models = 10_000;
const int VersionsPerModel = 5;
const int Runs = 400;

var file = Path.Combine(Path.GetTempPath(), $"securityportal-bench-{Guid.NewGuid():N}.db");
var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}");
var factory = new BenchContextFactory(settings);
try
{
    await using (var db = factory.CreateDbContext())
    {
        await db.Database.MigrateAsync();
    }

    var seeding = Stopwatch.StartNew();
    var teamIds = await SeedAsync(factory);
    Console.WriteLine($"seeded {Models:N0} models and {Models * VersionsPerModel:N0} versions in {seeding.Elapsed.TotalSeconds:F1} s");

    // Read as the portal itself (like a job): the guard admits it everywhere, so only the query is timed.
    var actor = new SecurityPortal.Web.Security.CurrentActor();
    actor.SetSystem("bench", null);
    var inventory = new ModelInventory(factory, new SecurityPortal.Web.Security.AccessGuard(actor));
    var overview = new InventoryOverview(factory);
    async Task<int> Page(Task<SecurityPortal.Core.Common.ListPage<ModelSummary>> page) => (await page).Items.Count;
    var scenarios = new (string Name, Func<int, Task<int>> Query)[]
    {
        ("name sort, no filter, page 1", _ => Page(inventory.ListAsync(new ModelListQuery(SortBy: "Name"), 1, 50))),
        ("search 'scorer', high risk, sorted by name", _ => Page(inventory.ListAsync(new ModelListQuery("scorer", RiskTier.HighRisk, SortBy: "Name"), 1, 50))),
        ("risk tier sort desc, deep page", i => Page(inventory.ListAsync(new ModelListQuery(SortBy: "RiskTier", Descending: true), 1 + (i % 150), 50))),
        ("search by key fragment 'model-07'", _ => Page(inventory.ListAsync(new ModelListQuery("model-07", SortBy: "Key"), 1, 50))),
        ("one team, runs in Production, by risk tier", _ => Page(inventory.ListAsync(new ModelListQuery(OwnerTeamId: teamIds[2], Environment: DeploymentEnvironment.Production, SortBy: "RiskTier", Descending: true), 1, 50))),
        // The dashboard's inventory part reads every deployment (3,334 here) to find the gaps.
        ("dashboard inventory figures and gaps", async _ => (await overview.LoadAsync()).Worst.Count),
    };

    await Measure.ScenariosAsync(scenarios, warmups: 20, runs: Runs);
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(file);
}

static async Task<List<Guid>> SeedAsync(BenchContextFactory factory)
{
    string[] words = ["fraud", "churn", "support", "credit", "vision", "speech", "ranking", "pricing"];
    string[] kinds = ["scorer", "classifier", "assistant", "forecaster", "detector"];
    var tiers = Enum.GetValues<RiskTier>();
    var teams = Enumerable.Range(1, 5).Select(i => new Team { Name = $"Team {i}" }).ToList();
    await using (var db = factory.CreateDbContext())
    {
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync();
    }

    for (var batch = 0; batch < Models / 1000; batch++)
    {
        await using var db = factory.CreateDbContext();
        for (var i = batch * 1000; i < (batch + 1) * 1000; i++)
        {
            var model = new AiModel
            {
                Key = $"model-{i:D5}",
                Name = $"{words[i % words.Length]} {kinds[i % kinds.Length]} {i:D5}",
                OwnerTeamId = teams[i % teams.Count].Id,
                RiskTier = tiers[(i / 3) % tiers.Length],
                DataClassification = DataClassification.Internal,
                Tags = words[i % words.Length],
            };
            db.Models.Add(model);
            for (var v = 0; v < VersionsPerModel; v++)
            {
                var version = new ModelVersion
                {
                    ModelId = model.Id,
                    Version = $"1.{v}.0",
                    ArtifactUri = $"s3://bench/{model.Key}/1.{v}.0",
                    Sha256 = new string('a', 64),
                    State = v < 3 ? ModelVersionState.Approved : ModelVersionState.Draft,
                };
                db.ModelVersions.Add(version);
                // A third of the models run in Production, so the environment filter has work to do.
                if (v == 2 && i % 3 == 0)
                {
                    db.Deployments.Add(new Deployment { ModelId = model.Id, Environment = DeploymentEnvironment.Production, Endpoint = $"https://bench/{model.Key}", CurrentVersionId = version.Id });
                }
            }
        }

        await db.SaveChangesAsync();
    }

    return [.. teams.Select(t => t.Id)];
}
