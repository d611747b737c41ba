using System.Text;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Controls.Evidence;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Demo control statuses and evidence (some missing, some expired, some unreviewed for months), three earlier
/// weekly runs whose scores climb towards today's, and one real run now, so the heatmap, the findings and every
/// score trend have something to show on first start. Skipped once any run exists, so a restart adds nothing.
/// </summary>
public sealed class AssessmentsDemoData(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    IEvidenceFileStore files,
    AssessmentRuns runs,
    AssessmentJob job) : IDemoDataContributor
{
    private const string Lead = "lead@demo.local";
    private const int EarlierRuns = 3;

    public int Order => 30;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.AssessmentRuns.AnyAsync(cancellationToken))
            {
                return;
            }

            await AddStatusesAsync(db, cancellationToken);
            var now = clock.GetUtcNow();
            var models = await db.Models.CountAsync(cancellationToken);
            for (var week = EarlierRuns; week >= 1; week--)
            {
                var at = now.AddDays(-7 * week);
                db.AssessmentRuns.Add(new AssessmentRun
                {
                    Number = EarlierRuns - week + 1,
                    Status = AssessmentRunStatus.Succeeded,
                    ActiveSlot = null,
                    RequestedBy = $"job:{AssessmentJob.Id}",
                    RequestedAt = at,
                    StartedAt = at,
                    FinishedAt = at.AddSeconds(2),
                    HeartbeatAt = at.AddSeconds(2),
                    Total = models,
                    Done = models,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var runId = await runs.TryQueueAsync(cancellationToken);
        if (runId is { } id)
        {
            await job.ExecuteAsync(id, cancellationToken);
            await AddEarlierScoresAsync(cancellationToken);
        }
    }

    /// <summary>Every attested control of every model gets a status; a deterministic mix, so demos and tests agree.</summary>
    private async Task AddStatusesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var models = await db.Models.AsNoTracking().OrderBy(m => m.Key).Select(m => new { m.Id, m.Key, m.RiskTier }).ToListAsync(cancellationToken);
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var controls = ControlCatalogue.ApplicableTo(model.RiskTier, null).Where(c => c.Check == ControlCheck.Attested).ToList();
            for (var c = 0; c < controls.Count; c++)
            {
                var control = controls[c];
                var mix = (i + c) % 7;
                var status = mix switch
                {
                    <= 3 => ControlImplementation.Implemented,
                    4 => ControlImplementation.Partial,
                    5 => ControlImplementation.NotImplemented,
                    _ => ControlImplementation.NotApplicable,
                };
                db.ControlStatuses.Add(new ModelControlStatus
                {
                    ModelId = model.Id,
                    ControlCode = control.Code,
                    Status = status,
                    Justification = status switch
                    {
                        ControlImplementation.Partial => "Covered for the production endpoint; staging still to follow.",
                        ControlImplementation.NotApplicable => "The model is only called by an internal batch job with no user-facing surface.",
                        _ => null,
                    },
                    ReviewedBy = Lead,
                    // Spread over eight months, so a few statuses are past the review period.
                    ReviewedAt = now.AddDays(-((i * 37 + c * 13) % 240)),
                });
                if (status != ControlImplementation.Implemented || (i + c) % 5 == 0)
                {
                    continue; // implemented without evidence: the assessment asks for some
                }

                db.Evidence.Add(new ControlEvidence
                {
                    ModelId = model.Id,
                    ControlCode = control.Code,
                    Kind = EvidenceKind.Link,
                    Title = $"{control.Code} check in the release pipeline",
                    Url = $"https://ci.example.internal/{model.Key}/controls/{control.Code.ToLowerInvariant()}",
                    // A few links expired: the proof is too old to count.
                    ExpiresAt = (i + c) % 9 == 0 ? now.AddDays(-10) : now.AddDays(180),
                });
            }

            if (i == 0 && controls.Count > 0)
            {
                await using var content = new MemoryStream(Encoding.UTF8.GetBytes($"Access review for {model.Key}\nReviewed by {Lead}: no stale accounts, two service principals rotated.\n"));
                var key = await files.SaveAsync(content, cancellationToken);
                db.Evidence.Add(new ControlEvidence
                {
                    ModelId = model.Id,
                    ControlCode = controls[0].Code,
                    Kind = EvidenceKind.File,
                    Title = "Quarterly access review",
                    FileName = "access-review.txt",
                    FileType = EvidenceFileType.Text,
                    SizeBytes = content.Length,
                    Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.ToArray())),
                    StorageKey = key,
                    ExpiresAt = now.AddDays(90),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Scores for the earlier runs, a little lower each week back, so the trend lines rise towards today's real score.</summary>
    private async Task AddEarlierScoresAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var earlier = await db.AssessmentRuns.Where(r => r.Number <= EarlierRuns).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var current = await (from score in db.ModelScores
                             join model in db.Models on score.ModelId equals model.Id
                             where score.RunNumber == EarlierRuns + 1
                             orderby model.Key
                             select new { score.ModelId, model.OwnerTeamId, score.Score })
            .ToListAsync(cancellationToken);
        var byRun = new Dictionary<Guid, List<(Guid Team, int Score)>>();
        for (var i = 0; i < current.Count; i++)
        {
            var step = i % 4 * 4;
            foreach (var run in earlier)
            {
                var score = Math.Max(0, current[i].Score - ((EarlierRuns + 1 - run.Number) * step));
                db.ModelScores.Add(new ModelScore { ModelId = current[i].ModelId, RunId = run.Id, RunNumber = run.Number, At = run.StartedAt!.Value, Score = score });
                (byRun.TryGetValue(run.Id, out var list) ? list : byRun[run.Id] = []).Add((current[i].OwnerTeamId, score));
            }
        }

        foreach (var run in earlier)
        {
            var scores = byRun.GetValueOrDefault(run.Id) ?? [];
            run.AverageScore = ComplianceScore.ForTeam(scores.Select(s => s.Score));
            foreach (var team in scores.GroupBy(s => s.Team))
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
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
