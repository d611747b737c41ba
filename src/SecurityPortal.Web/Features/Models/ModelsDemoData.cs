using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Models;

/// <summary>
/// About twenty demo models across teams and risk tiers, with versions in every state and deployments
/// that leave assessments real things to find: no authentication, no encryption, no monitoring.
/// </summary>
public sealed class ModelsDemoData(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IDemoDataContributor
{
    private const string Digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    // key, name, team, risk tier, classification, purpose
    private static readonly (string Key, string Name, string Team, RiskTier Tier, DataClassification Data, string Purpose)[] Catalogue =
    [
        ("fraud-scorer", "Card fraud scorer", "Fraud Analytics", RiskTier.HighRisk, DataClassification.Confidential, "Scores card payments for fraud in real time."),
        ("aml-screening", "AML transaction screening", "Fraud Analytics", RiskTier.HighRisk, DataClassification.Restricted, "Flags transactions for anti-money-laundering review."),
        ("chargeback-predictor", "Chargeback predictor", "Fraud Analytics", RiskTier.Limited, DataClassification.Confidential, "Predicts disputes so teams can act early."),
        ("support-assistant", "Customer support assistant", "Customer Experience", RiskTier.Limited, DataClassification.Internal, "Answers customer questions in chat."),
        ("email-triage", "E-mail triage", "Customer Experience", RiskTier.Minimal, DataClassification.Internal, "Routes incoming e-mail to the right queue."),
        ("sentiment-monitor", "Sentiment monitor", "Customer Experience", RiskTier.Minimal, DataClassification.Internal, "Tracks customer sentiment across channels."),
        ("voice-transcriber", "Call transcriber", "Customer Experience", RiskTier.Limited, DataClassification.Confidential, "Transcribes support calls for quality review."),
        ("kb-rag", "Knowledge-base search (RAG)", "Customer Experience", RiskTier.GeneralPurpose, DataClassification.Internal, "Retrieval-augmented answers from the knowledge base."),
        ("credit-limit", "Credit limit advisor", "Risk & Compliance", RiskTier.HighRisk, DataClassification.Restricted, "Suggests credit limits for new accounts."),
        ("kyc-doc-check", "KYC document checker", "Risk & Compliance", RiskTier.HighRisk, DataClassification.Restricted, "Checks identity documents during onboarding."),
        ("policy-summarizer", "Policy summarizer", "Risk & Compliance", RiskTier.Minimal, DataClassification.Internal, "Summarises internal policies for staff."),
        ("reg-change-radar", "Regulatory change radar", "Risk & Compliance", RiskTier.Limited, DataClassification.Public, "Spots regulatory changes relevant to the business."),
        ("log-anomaly", "Log anomaly detector", "Platform Security", RiskTier.Limited, DataClassification.Internal, "Finds unusual patterns in platform logs."),
        ("phishing-classifier", "Phishing classifier", "Platform Security", RiskTier.Limited, DataClassification.Internal, "Classifies reported e-mails as phishing or not."),
        ("secrets-scanner", "Secrets scanner", "Platform Security", RiskTier.Minimal, DataClassification.Confidential, "Finds credentials in code and tickets."),
        ("churn-forecast", "Churn forecast", "Data Science Lab", RiskTier.Minimal, DataClassification.Confidential, "Forecasts which customers may leave."),
        ("price-elasticity", "Price elasticity model", "Data Science Lab", RiskTier.Minimal, DataClassification.Internal, "Estimates demand response to price changes."),
        ("image-moderation", "Image moderation", "Data Science Lab", RiskTier.Limited, DataClassification.Internal, "Screens user-uploaded images."),
        ("code-assistant", "Internal code assistant", "Data Science Lab", RiskTier.GeneralPurpose, DataClassification.Confidential, "Suggests code to internal developers."),
        ("hr-screening", "CV screening (paused)", "Data Science Lab", RiskTier.HighRisk, DataClassification.Restricted, "Ranked job applications; paused pending review."),
    ];

    public int Order => 10;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Models.Select(m => m.Key).ToListAsync(cancellationToken);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var index = 0;
        var registered = new List<(ModelVersion Version, DateTimeOffset At)>();
        foreach (var entry in Catalogue)
        {
            index++;
            if (existing.Contains(entry.Key) || !teams.TryGetValue(entry.Team, out var teamId))
            {
                continue;
            }

            var model = new AiModel { Key = entry.Key, Name = entry.Name, OwnerTeamId = teamId, RiskTier = entry.Tier, DataClassification = entry.Data, Purpose = entry.Purpose, Tags = entry.Team.Split(' ')[0].ToLowerInvariant() };
            db.Models.Add(model);
            var versions = Versions(model, index, now);
            db.ModelVersions.AddRange(versions.Select(v => v.Version));
            registered.AddRange(versions);
            AddDeployments(db, model, [.. versions.Select(v => v.Version)], index, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await BackdateAsync(db, registered, cancellationToken);
    }

    /// <summary>
    /// Save stamps every row with today and the seeder; demo history reads true only when each version was
    /// registered before it was approved and deployed, and by someone other than its approver. Done after the
    /// save, bypassing the stamps on purpose: only demo data ever rewrites creation stamps.
    /// </summary>
    private static async Task BackdateAsync(PortalDbContext db, List<(ModelVersion Version, DateTimeOffset At)> registered, CancellationToken cancellationToken)
    {
        foreach (var (version, at) in registered)
        {
            await db.ModelVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(
                set => set.SetProperty(v => v.CreatedAt, at).SetProperty(v => v.CreatedBy, Registrant)
                    .SetProperty(v => v.ModifiedAt, version.ApprovedAt ?? at),
                cancellationToken);
        }

        var firstVersions = registered.GroupBy(r => r.Version.ModelId).Select(g => (ModelId: g.Key, At: g.Min(r => r.At).AddDays(-7)));
        foreach (var (modelId, at) in firstVersions)
        {
            await db.Models.Where(m => m.Id == modelId).ExecuteUpdateAsync(set => set.SetProperty(m => m.CreatedAt, at), cancellationToken);
        }
    }

    /// <summary>Who registered the demo versions: the team lead, so the officer can approve those still in review.</summary>
    private const string Registrant = "lead@demo.local";

    /// <summary>
    /// Every model has two approved versions; some also have a retired, an in-review and a draft one. Each is
    /// registered (the date given), approved two days later, and deployed after that (see the events).
    /// </summary>
    private static List<(ModelVersion Version, DateTimeOffset At)> Versions(AiModel model, int index, DateTimeOffset now)
    {
        var list = new List<(ModelVersion, DateTimeOffset)>
        {
            Registered(model, "1.0.0", ModelVersionState.Approved, index % 4 == 0 ? EncryptionAtRest.None : EncryptionAtRest.PlatformManaged, now.AddDays(-120)),
            Registered(model, "1.1.0", ModelVersionState.Approved, index % 5 == 0 ? EncryptionAtRest.CustomerManagedKey : index % 11 == 3 ? EncryptionAtRest.None : EncryptionAtRest.PlatformManaged, now.AddDays(-40)),
        };
        if (index % 3 == 0)
        {
            list.Insert(0, Registered(model, "0.9.0", ModelVersionState.Retired, EncryptionAtRest.None, now.AddDays(-200)));
        }

        if (index % 2 == 0)
        {
            list.Add(Registered(model, "1.2.0-rc.1", ModelVersionState.InReview, EncryptionAtRest.PlatformManaged, now.AddDays(-3)));
        }

        if (index % 3 == 1)
        {
            list.Add(Registered(model, "2.0.0-beta.1", ModelVersionState.Draft, EncryptionAtRest.PlatformManaged, now.AddDays(-1)));
        }

        return list;
    }

    private static (ModelVersion, DateTimeOffset) Registered(AiModel model, string version, ModelVersionState state, EncryptionAtRest encryption, DateTimeOffset at) =>
        (Version(model, version, state, encryption, at), at);

    private static ModelVersion Version(AiModel model, string version, ModelVersionState state, EncryptionAtRest encryption, DateTimeOffset at) => new()
    {
        ModelId = model.Id,
        Version = version,
        ArtifactUri = $"s3://ml-artifacts/{model.Key}/{version}/model.onnx",
        Sha256 = Digest,
        SizeBytes = 50_000_000 + (version.Length * 1_000_000),
        EncryptionAtRest = encryption,
        KeyReference = encryption == EncryptionAtRest.CustomerManagedKey ? $"https://vault.example.internal/keys/{model.Key}" : null,
        SignatureStatus = state == ModelVersionState.Approved ? SignatureStatus.Verified : SignatureStatus.Unsigned,
        State = state,
        ApprovedAt = state is ModelVersionState.Approved or ModelVersionState.Retired ? at.AddDays(2) : null,
        ApprovedBy = state is ModelVersionState.Approved or ModelVersionState.Retired ? "officer@demo.local" : null,
    };

    private static void AddDeployments(PortalDbContext db, AiModel model, List<ModelVersion> versions, int index, DateTimeOffset now)
    {
        var v11 = versions.Single(v => v.Version == "1.1.0");
        foreach (var environment in new[] { DeploymentEnvironment.Staging, DeploymentEnvironment.Production })
        {
            if (environment == DeploymentEnvironment.Production && index % 6 == 0)
            {
                continue; // a few models never reached production
            }

            var deployment = new Deployment
            {
                ModelId = model.Id,
                Environment = environment,
                CurrentVersionId = v11.Id,
                Endpoint = $"https://{environment.ToString().ToLowerInvariant()}.ml.example.internal/{model.Key}",
                AuthMode = index % 7 == 0 ? ServingAuthMode.None : index % 2 == 0 ? ServingAuthMode.OAuth2 : ServingAuthMode.ApiKey,
                InputValidation = index % 4 != 0,
                Monitoring = index % 5 != 0,
                SecurityLogging = index % 5 != 0,
                Tls = index % 9 != 0,
                RateLimiting = index % 3 != 0,
            };
            db.Deployments.Add(deployment);
            db.DeploymentEvents.Add(Event(model, environment, DeploymentEventKind.Deploy, null, "1.0.0", null, now.AddDays(-100)));
            db.DeploymentEvents.Add(Event(model, environment, DeploymentEventKind.Deploy, "1.0.0", "1.1.0", null, now.AddDays(-30)));
            if (environment == DeploymentEnvironment.Production && index % 8 == 1)
            {
                // A past incident: rolled back, then fixed forward again.
                db.DeploymentEvents.Add(Event(model, environment, DeploymentEventKind.Rollback, "1.1.0", "1.0.0", "Latency regression after 1.1.0", now.AddDays(-29)));
                db.DeploymentEvents.Add(Event(model, environment, DeploymentEventKind.Deploy, "1.0.0", "1.1.0", null, now.AddDays(-20)));
            }
        }
    }

    private static DeploymentEvent Event(AiModel model, DeploymentEnvironment environment, DeploymentEventKind kind, string? from, string to, string? reason, DateTimeOffset at) => new()
    {
        ModelId = model.Id,
        Environment = environment,
        Kind = kind,
        FromVersion = from,
        ToVersion = to,
        Reason = reason,
        OccurredAt = at,
        Actor = "officer@demo.local",
    };
}
