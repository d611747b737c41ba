using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Reads one batch of models and everything the rules need about them, a fixed number of queries per batch
/// whatever its size: models, deployments, versions, deployment events, control statuses, evidence, open
/// incidents, stored findings and latest scores. Nothing is read per model. After the models, the other queries run
/// side by side, each on a context of its own (SQLite in WAL mode and SQL Server serve several readers at once): they
/// are independent, and reading them one after another was most of what a run that changes nothing costs. Findings
/// come back untracked; the ledger attaches the few it changes to the batch's own context.
/// </summary>
public sealed class AssessmentBatchReader(SlaPolicy slaPolicy, IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<AssessmentBatch> ReadAsync(PortalDbContext db, string? afterKey, int size, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var modelsQuery = db.Models.AsNoTracking();
        if (afterKey is not null)
        {
            modelsQuery = modelsQuery.Where(m => string.Compare(m.Key, afterKey) > 0);
        }

        var models = await modelsQuery.OrderBy(m => m.Key).Take(size)
            .Select(m => new { m.Id, m.Key, m.Name, m.RiskTier, m.OwnerTeamId })
            .ToListAsync(cancellationToken);
        if (models.Count == 0)
        {
            return AssessmentBatch.Empty;
        }

        var ids = models.Select(m => m.Id).ToList();
        // Only the columns the rules read: a run reads every deployment of every model, so width costs.
        var deploymentsRead = ReadAsync(c => c.Deployments.AsNoTracking().Where(d => ids.Contains(d.ModelId))
            .Select(d => new Deployment
            {
                ModelId = d.ModelId,
                Environment = d.Environment,
                CurrentVersionId = d.CurrentVersionId,
                AuthMode = d.AuthMode,
                Tls = d.Tls,
                InputValidation = d.InputValidation,
                Monitoring = d.Monitoring,
                SecurityLogging = d.SecurityLogging,
                RateLimiting = d.RateLimiting,
                Endpoint = string.Empty,
            }).ToListAsync(cancellationToken), cancellationToken);
        var versionsRead = ReadAsync(c => c.ModelVersions.AsNoTracking().Where(v => ids.Contains(v.ModelId))
            .Select(v => new ModelVersion
            {
                Id = v.Id,
                ModelId = v.ModelId,
                Version = v.Version,
                State = v.State,
                Sha256 = v.Sha256,
                EncryptionAtRest = v.EncryptionAtRest,
                SignatureStatus = v.SignatureStatus,
                ArtifactUri = string.Empty,
            }).ToListAsync(cancellationToken), cancellationToken);
        var historyRead = ReadAsync(c => c.DeploymentEvents.AsNoTracking().Where(e => ids.Contains(e.ModelId))
            .Select(e => new { e.ModelId, e.Environment, e.OccurredAt, e.FromVersion, e.ToVersion }).ToListAsync(cancellationToken), cancellationToken);
        var statusesRead = ReadAsync(c => c.ControlStatuses.AsNoTracking().Where(s => ids.Contains(s.ModelId))
            .Select(s => new { s.ModelId, s.ControlCode, s.Status, s.ReviewedAt }).ToListAsync(cancellationToken), cancellationToken);
        var evidenceRead = ReadAsync(c => c.Evidence.AsNoTracking().Where(e => ids.Contains(e.ModelId))
            .Select(e => new { e.ModelId, e.ControlCode, e.ExpiresAt }).ToListAsync(cancellationToken), cancellationToken);
        var incidentsRead = ReadAsync(c => (from affected in c.IncidentAffectedModels.AsNoTracking()
                                            join incident in c.Incidents.AsNoTracking() on affected.IncidentId equals incident.Id
                                            where ids.Contains(affected.ModelId) && incident.Phase != IncidentPhase.Closed
                                            select new { affected.ModelId, Incident = incident }).ToListAsync(cancellationToken), cancellationToken);
        // Untracked: most findings are only seen again, and tracking tens of thousands of rows to change a few cost more
        // than the rest of the batch. The columns reconciliation compares and every column the ledger may set or clear (a column left out would read
        // as null and clearing it would write nothing); the ledger attaches a finding before changing it, so only what it
        // changes is written, and the concurrency token is read so that a change made meanwhile is caught.
        var findingsRead = ReadAsync(c => c.Findings.AsNoTracking().Where(f => f.ModelId != null && ids.Contains(f.ModelId.Value))
            .Select(f => new Finding
            {
                Id = f.Id,
                ModelId = f.ModelId,
                ModelKey = f.ModelKey,
                RuleKey = f.RuleKey,
                Subject = f.Subject,
                ControlCode = f.ControlCode,
                Practice = f.Practice,
                Severity = f.Severity,
                Status = f.Status,
                Source = f.Source,
                Title = f.Title,
                Detail = f.Detail,
                DueAt = f.DueAt,
                LastSeenAt = f.LastSeenAt,
                ResolvedAt = f.ResolvedAt,
                ResolutionNote = f.ResolutionNote,
                RiskRequestedBy = f.RiskRequestedBy,
                RiskReason = f.RiskReason,
                RiskAcceptedUntil = f.RiskAcceptedUntil,
                RiskApprovedBy = f.RiskApprovedBy,
                ConcurrencyToken = f.ConcurrencyToken,
            }).ToListAsync(cancellationToken), cancellationToken);
        var scoresRead = ReadAsync(c => c.ModelScores.AsNoTracking()
            .Where(s => ids.Contains(s.ModelId) && !c.ModelScores.Any(later => later.ModelId == s.ModelId && later.RunNumber > s.RunNumber))
            .Select(s => new { s.ModelId, s.Score }).ToListAsync(cancellationToken), cancellationToken);

        await Task.WhenAll(deploymentsRead, versionsRead, historyRead, statusesRead, evidenceRead, incidentsRead, findingsRead, scoresRead);
        var deployments = await deploymentsRead;
        var versions = await versionsRead;
        var history = await historyRead;
        var statuses = await statusesRead;
        var evidence = await evidenceRead;
        var incidents = await incidentsRead;
        var findings = await findingsRead;
        var scores = await scoresRead;
        var versionsByModel = versions.ToLookup(v => v.ModelId);
        var historyByDeployment = history.ToLookup(e => (e.ModelId, e.Environment), e => new DeploymentRecord(e.OccurredAt, e.FromVersion, e.ToVersion));
        var deploymentsByModel = deployments.ToLookup(d => d.ModelId);
        var statusesByModel = statuses.ToLookup(s => s.ModelId);
        var currentEvidence = evidence.Where(e => e.ExpiresAt is not { } until || at <= until)
            .Select(e => (e.ModelId, e.ControlCode)).ToHashSet();
        var incidentsByModel = incidents.ToLookup(i => i.ModelId, i => i.Incident);
        var findingsByModel = findings.ToLookup(f => f.ModelId);
        var scoreByModel = scores.ToDictionary(s => s.ModelId, s => s.Score);

        var items = new List<AssessedModelRow>(models.Count);
        foreach (var model in models)
        {
            var modelVersions = versionsByModel[model.Id].ToList();
            var retired = modelVersions.Where(v => v.State == ModelVersionState.Retired).Select(v => v.Version).ToHashSet(StringComparer.Ordinal);
            var assessedDeployments = new List<AssessedDeployment>();
            foreach (var deployment in deploymentsByModel[model.Id])
            {
                var running = modelVersions.SingleOrDefault(v => v.Id == deployment.CurrentVersionId);
                if (running is null)
                {
                    continue;
                }

                var target = DeploymentHistory.DefaultRollbackTarget(historyByDeployment[(model.Id, deployment.Environment)], running.Version, retired.Contains);
                assessedDeployments.Add(AssessedDeployment.From(deployment, running, target is not null));
            }

            var assessed = new AssessedModel
            {
                Key = model.Key,
                Name = model.Name,
                RiskTier = model.RiskTier,
                OwnerTeamId = model.OwnerTeamId,
                Deployments = assessedDeployments,
                Controls = [.. statusesByModel[model.Id].Select(s => new AssessedControlStatus(s.ControlCode, s.Status, s.ReviewedAt, currentEvidence.Contains((model.Id, s.ControlCode))))],
                OpenIncidents = [.. incidentsByModel[model.Id].Select(i => AssessedIncident.From(i, slaPolicy, at))],
            };
            items.Add(new AssessedModelRow(model.Id, assessed, [.. findingsByModel[model.Id]], scoreByModel.TryGetValue(model.Id, out var score) ? score : null));
        }

        return new AssessmentBatch(items);
    }

    /// <summary>
    /// One query on a context of its own, on the thread pool: SQLite's provider answers "async" calls synchronously,
    /// so without a thread of their own the queries would still run one after another.
    /// </summary>
    private Task<List<T>> ReadAsync<T>(Func<PortalDbContext, Task<List<T>>> query, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                return await query(context);
            },
            cancellationToken);
}

/// <summary>One batch: each model's snapshot for the rules, its stored findings (untracked until the ledger changes one) and its latest score.</summary>
public sealed record AssessmentBatch(IReadOnlyList<AssessedModelRow> Models)
{
    public static AssessmentBatch Empty { get; } = new([]);

    public string? LastKey => Models.Count == 0 ? null : Models[^1].Model.Key;
}

public sealed record AssessedModelRow(Guid ModelId, AssessedModel Model, IReadOnlyList<Finding> Findings, int? LatestScore);
