using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>A score at one run; the history of a model is the runs at which its score changed.</summary>
public sealed record ScorePoint(int RunNumber, DateTimeOffset At, int Score);

public sealed record TeamScoreResponse(string Team, int Score, int Models, int? Previous);

public sealed record ModelScoreResponse(string Key, string Name, string Team, int? Score, int OpenFindings);

/// <summary>Scores as the model page, the Assessments page and the dashboard show them.</summary>
public sealed class AssessmentScores(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard)
{
    private const string MayNotView = "Only oversight roles can see scores.";

    /// <summary>The model's score at each run that changed it, oldest first; empty before its first assessment.</summary>
    public async Task<IReadOnlyList<ScorePoint>> ModelHistoryAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from score in db.ModelScores.AsNoTracking()
                      join model in db.Models.AsNoTracking() on score.ModelId equals model.Id
                      where model.Key == modelKey
                      orderby score.RunNumber
                      select new ScorePoint(score.RunNumber, score.At, score.Score))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Each team's score at the latest successful run, and at the one before it for the trend arrow.</summary>
    public async Task<IReadOnlyList<TeamScoreResponse>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lastTwo = await db.AssessmentRuns.AsNoTracking().Where(r => r.Status == AssessmentRunStatus.Succeeded)
            .OrderByDescending(r => r.Number).Take(2).Select(r => r.Id).ToListAsync(cancellationToken);
        if (lastTwo.Count == 0)
        {
            return [];
        }

        var rows = await (from score in db.TeamScores.AsNoTracking()
                          join team in db.Teams.AsNoTracking() on score.TeamId equals team.Id
                          where lastTwo.Contains(score.RunId)
                          select new { team.Name, score.RunId, score.Score, score.Models })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.RunId == lastTwo[0])
            .Select(r => new TeamScoreResponse(r.Name, r.Score, r.Models, lastTwo.Count > 1 ? rows.FirstOrDefault(p => p.Name == r.Name && p.RunId == lastTwo[1])?.Score : null))
            .OrderBy(r => r.Score).ThenBy(r => r.Team, StringComparer.Ordinal)];
    }

    /// <summary>Every model with its current score (the latest one an assessment recorded; null before its first) and open findings, lowest score first.</summary>
    public async Task<IReadOnlyList<ModelScoreResponse>> ModelsAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from model in db.Models.AsNoTracking()
                          join team in db.Teams.AsNoTracking() on model.OwnerTeamId equals team.Id
                          select new
                          {
                              model.Key,
                              model.Name,
                              Team = team.Name,
                              Score = db.ModelScores.Where(s => s.ModelId == model.Id).OrderByDescending(s => s.RunNumber).Select(s => (int?)s.Score).FirstOrDefault(),
                              Open = db.Findings.Count(f => f.ModelKey == model.Key && f.Status == FindingStatus.Open),
                          })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ModelScoreResponse(r.Key, r.Name, r.Team, r.Score, r.Open))
            .OrderBy(r => r.Score ?? int.MaxValue).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>The portfolio's average score at the latest successful run; null before the first.</summary>
    public async Task<int?> LatestAverageAsync(CancellationToken cancellationToken = default)
    {
        var latest = await PortfolioHistoryAsync(1, cancellationToken);
        return latest.Count == 0 ? null : latest[0].Score;
    }

    /// <summary>The portfolio's average score over the successful runs, oldest first, for the trend chart.</summary>
    public async Task<IReadOnlyList<ScorePoint>> PortfolioHistoryAsync(int runs, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var points = await db.AssessmentRuns.AsNoTracking()
            .Where(r => r.Status == AssessmentRunStatus.Succeeded && r.AverageScore != null)
            .OrderByDescending(r => r.Number).Take(runs)
            .Select(r => new ScorePoint(r.Number, r.StartedAt!.Value, r.AverageScore!.Value))
            .ToListAsync(cancellationToken);
        points.Reverse();
        return points;
    }
}
