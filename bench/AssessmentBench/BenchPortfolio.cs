using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;

/// <summary>
/// The seeded inventory: models over 20 teams and every risk tier, each with two approved versions and one deployment
/// per environment running the newer one, served with a spread of gaps, and a deploy history to roll back along.
/// </summary>
internal static class BenchPortfolio
{
    public const int Teams = 20;

    private const int ModelsPerSave = 500;
    private const string Seeder = "bench";

    private static readonly string[] Hosts = ["dev", "staging", "prod"];
    private static readonly ServingAuthMode[] SecuredModes = [ServingAuthMode.ApiKey, ServingAuthMode.OAuth2, ServingAuthMode.MutualTls];

    /// <summary>Seeds <paramref name="models"/> models; returns the ids of 1% of the deployments, each with a gap, for the third run to find hardened.</summary>
    public static async Task<List<Guid>> SeedAsync(BenchContextFactory factory, int models, DateTimeOffset now)
    {
        var tiers = Enum.GetValues<RiskTier>();
        var classifications = Enum.GetValues<DataClassification>();
        var environments = Enum.GetValues<DeploymentEnvironment>();
        var teams = Enumerable.Range(1, Teams)
            .Select(t => Stamped(new Team { Name = string.Create(CultureInfo.InvariantCulture, $"Bench team {t:D2}") }, now))
            .ToList();
        var hardenable = new List<Guid>();

        await using var db = factory.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        for (var start = 0; start < models; start += ModelsPerSave)
        {
            for (var i = start; i < Math.Min(start + ModelsPerSave, models); i++)
            {
                var model = Stamped(
                    new AiModel
                    {
                        Key = string.Create(CultureInfo.InvariantCulture, $"bench-model-{i + 1:D5}"),
                        Name = string.Create(CultureInfo.InvariantCulture, $"Bench model {i + 1:D5}"),
                        Purpose = "Seeded for the assessment benchmark.",
                        OwnerTeamId = teams[i % teams.Count].Id,
                        RiskTier = tiers[i % tiers.Length],
                        DataClassification = classifications[i % classifications.Length],
                        Tags = "bench",
                    },
                    now);
                var previous = ApprovedVersion(model, "1.0.0", i, now.AddDays(-61), now);
                var current = ApprovedVersion(model, "1.1.0", i, now.AddDays(-31), now);

                // One model in ten has retired its previous version: its deployments have nothing to roll back to.
                if (i % 10 == 9)
                {
                    previous.State = ModelVersionState.Retired;
                }

                db.Models.Add(model);
                db.ModelVersions.AddRange(previous, current);
                foreach (var environment in environments)
                {
                    var n = (i * environments.Length) + (int)environment;
                    var deployment = Stamped(
                        new Deployment
                        {
                            ModelId = model.Id,
                            Environment = environment,
                            CurrentVersionId = current.Id,
                            Endpoint = $"https://{Hosts[(int)environment]}.bench.local/{model.Key}",
                            // A different mix of gaps per deployment; odd ones lack rate limiting, so each hardened one resolves something.
                            AuthMode = n % 5 == 0 ? ServingAuthMode.None : SecuredModes[n % SecuredModes.Length],
                            Tls = n % 7 != 0,
                            InputValidation = n % 3 != 0,
                            Monitoring = n % 4 != 1,
                            SecurityLogging = n % 6 != 2,
                            RateLimiting = n % 2 == 0,
                        },
                        now);
                    db.Deployments.Add(deployment);
                    db.DeploymentEvents.AddRange(
                        Event(model, environment, null, previous.Version, now.AddDays(-60), now),
                        Event(model, environment, previous.Version, current.Version, now.AddDays(-30), now));
                    if (n % 100 == 1)
                    {
                        hardenable.Add(deployment.Id);
                    }
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return hardenable;
    }

    /// <summary>Fixes every serving setting of the deployments, as owners would after the first findings; the artifact gaps stay.</summary>
    public static async Task<int> HardenAsync(BenchContextFactory factory, List<Guid> deployments, DateTimeOffset now)
    {
        await using var db = factory.CreateDbContext();
        return await db.Deployments
            .Where(d => deployments.Contains(d.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.AuthMode, ServingAuthMode.OAuth2)
                .SetProperty(d => d.Tls, true)
                .SetProperty(d => d.InputValidation, true)
                .SetProperty(d => d.Monitoring, true)
                .SetProperty(d => d.SecurityLogging, true)
                .SetProperty(d => d.RateLimiting, true)
                .SetProperty(d => d.ModifiedAt, now)
                .SetProperty(d => d.ModifiedBy, Seeder)
                .SetProperty(d => d.ConcurrencyToken, Guid.NewGuid()));
    }

    private static ModelVersion ApprovedVersion(AiModel model, string version, int i, DateTimeOffset approvedAt, DateTimeOffset now)
    {
        // One in seven unencrypted; one in five unsigned and one in fifty with a signature that failed verification.
        var encryption = (i % 7) switch
        {
            0 => EncryptionAtRest.None,
            1 or 2 => EncryptionAtRest.CustomerManagedKey,
            _ => EncryptionAtRest.PlatformManaged,
        };
        var signature = i % 50 == 25
            ? SignatureStatus.Invalid
            : (i % 5) switch
            {
                0 => SignatureStatus.Unsigned,
                1 or 2 => SignatureStatus.Verified,
                _ => SignatureStatus.Signed,
            };
        return Stamped(
            new ModelVersion
            {
                ModelId = model.Id,
                Version = version,
                ArtifactUri = $"s3://bench-artifacts/{model.Key}/{version}",
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{model.Key}@{version}"))),
                SizeBytes = 50_000_000L + (i * 1_000L),
                EncryptionAtRest = encryption,
                KeyReference = encryption == EncryptionAtRest.CustomerManagedKey ? "kms://bench/model-artifacts" : null,
                SignatureStatus = signature,
                State = ModelVersionState.Approved,
                ApprovedAt = approvedAt,
                ApprovedBy = "approver@bench.local",
            },
            now);
    }

    private static DeploymentEvent Event(AiModel model, DeploymentEnvironment environment, string? from, string to, DateTimeOffset at, DateTimeOffset now) =>
        Stamped(
            new DeploymentEvent
            {
                ModelId = model.Id,
                Environment = environment,
                Kind = DeploymentEventKind.Deploy,
                FromVersion = from,
                ToVersion = to,
                OccurredAt = at,
                Actor = "release@bench.local",
            },
            now);

    /// <summary>What the timestamp and concurrency interceptors would have set; seeding goes around them for speed.</summary>
    private static T Stamped<T>(T entity, DateTimeOffset now)
        where T : Entity
    {
        entity.CreatedAt = now;
        entity.CreatedBy = Seeder;
        entity.ModifiedAt = now;
        entity.ModifiedBy = Seeder;
        entity.ConcurrencyToken = Guid.NewGuid();
        return entity;
    }
}
