using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>The findings list, the portfolio heatmap and the open counts: read-only views for oversight roles.</summary>
public sealed class FindingBoard(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard)
{
    public const int MaxPageSize = 200;
    private const string MayNotView = "Only oversight roles can see findings.";

    /// <summary>What a finding without a model is about, where a list names the model.</summary>
    public const string PortalSubject = "The portal";

    /// <summary>Checks filters that arrive by name; an unknown severity, status, source or practice is a field error.</summary>
    public static FindingQuery Parse(FindingListFilter filter)
    {
        var errors = new FieldErrors();
        FindingSeverity? severity = Blank(filter.Severity) ? null : errors.Enum<FindingSeverity>("severity", filter.Severity!.Trim());
        FindingStatus? status = Blank(filter.Status) ? null : errors.Enum<FindingStatus>("status", filter.Status!.Trim());
        FindingSource? source = Blank(filter.Source) ? null : errors.Enum<FindingSource>("source", filter.Source!.Trim());
        SecurityPractice? practice = Blank(filter.Practice) ? null : errors.Enum<SecurityPractice>("practice", filter.Practice!.Trim());
        errors.ThrowIfAny();
        return new FindingQuery(Trimmed(filter.Model), Trimmed(filter.Team), severity, status, source, practice, Trimmed(filter.Owner));
    }

    /// <summary>One page, most severe and soonest due first.</summary>
    public async Task<ListPage<FindingRow>> ListAsync(FindingQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, MayNotView);
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, MaxPageSize);
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows
            .OrderBy(r => r.Finding.Status == FindingStatus.Resolved)
            .ThenBy(r => r.Finding.Severity == FindingSeverity.Critical ? 0 : r.Finding.Severity == FindingSeverity.High ? 1 : r.Finding.Severity == FindingSeverity.Medium ? 2 : 3)
            .ThenBy(r => r.Finding.DueAt)
            .ThenBy(r => r.Finding.ModelKey)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        var lastRun = await LastRunAtAsync(db, cancellationToken);
        return new ListPage<FindingRow>([.. items.Select(r => ToRow(r.Finding, r.ModelName, r.Team, lastRun))], total, page, pageSize);
    }

    /// <summary>Open findings by severity, for the dashboard and the Assessments page.</summary>
    public async Task<IReadOnlyDictionary<FindingSeverity, int>> OpenBySeverityAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Findings.AsNoTracking().Where(f => f.Status == FindingStatus.Open)
            .GroupBy(f => f.Severity).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<FindingSeverity>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>
    /// Models × practices, each cell the worst open finding's severity and how many are open; models without open
    /// findings are left out, most exposed models first. <paramref name="take"/> bounds the rows a page draws.
    /// </summary>
    public async Task<Heatmap> HeatmapAsync(int take, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cells = await db.Findings.AsNoTracking().Where(f => f.Status == FindingStatus.Open && f.ModelId != null)
            .GroupBy(f => new { f.ModelKey, f.Practice, f.Severity })
            .Select(g => new { g.Key.ModelKey, g.Key.Practice, g.Key.Severity, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = await db.Models.AsNoTracking().Select(m => new { m.Key, m.Name }).ToDictionaryAsync(m => m.Key, m => m.Name, cancellationToken);
        var rows = cells.GroupBy(c => c.ModelKey)
            .Select(model => new HeatmapRow(
                model.Key,
                names.GetValueOrDefault(model.Key, model.Key),
                SecurityPractices.All.Select(practice =>
                {
                    var inCell = model.Where(c => c.Practice == practice).ToList();
                    return inCell.Count == 0
                        ? new HeatmapCell(practice, null, 0)
                        : new HeatmapCell(practice, inCell.Max(c => c.Severity), inCell.Sum(c => c.Count));
                }).ToList()))
            .OrderByDescending(r => r.Cells.Max(c => c.Worst ?? (FindingSeverity)(-1)))
            .ThenByDescending(r => r.Cells.Sum(c => c.Open))
            .ThenBy(r => r.Model, StringComparer.Ordinal)
            .ToList();
        return new Heatmap([.. rows.Take(take)], rows.Count);
    }

    internal static IQueryable<FindingWithNames> Rows(PortalDbContext db, FindingQuery query)
    {
        // Findings about the portal itself (source Integrity) have no model and no team: outer joins keep them.
        var rows = from finding in db.Findings.AsNoTracking()
                   from model in db.Models.AsNoTracking().Where(m => m.Id == finding.ModelId).DefaultIfEmpty()
                   from team in db.Teams.AsNoTracking().Where(t => model != null && t.Id == model.OwnerTeamId).DefaultIfEmpty()
                   select new FindingWithNames { Finding = finding, ModelName = model == null ? PortalSubject : model.Name, Team = team == null ? string.Empty : team.Name };
        if (query.Model is { } key)
        {
            rows = rows.Where(r => r.Finding.ModelKey == key);
        }

        if (query.Team is { } teamName)
        {
            rows = rows.Where(r => r.Team == teamName);
        }

        if (query.Severity is { } severity)
        {
            rows = rows.Where(r => r.Finding.Severity == severity);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.Finding.Status == status);
        }

        if (query.Source is { } source)
        {
            rows = rows.Where(r => r.Finding.Source == source);
        }

        if (query.Practice is { } practice)
        {
            rows = rows.Where(r => r.Finding.Practice == practice);
        }

        if (query.Owner is { } owner)
        {
            rows = owner == "-" ? rows.Where(r => r.Finding.Owner == null) : rows.Where(r => r.Finding.Owner == owner);
        }

        return rows;
    }

    internal static async Task<DateTimeOffset?> LastRunAtAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.AssessmentRuns.AsNoTracking().Where(r => r.Status == AssessmentRunStatus.Succeeded)
            .OrderByDescending(r => r.Number).Select(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// An unresolved assessment finding was seen by every run since it last changed (a run that did not see it would
    /// have resolved it), so its last sighting is the last finished run.
    /// </summary>
    internal static FindingRow ToRow(Finding f, string modelName, string team, DateTimeOffset? lastRunAt)
    {
        var lastSeen = f is { Source: FindingSource.Assessment, Status: not FindingStatus.Resolved } && lastRunAt > f.LastSeenAt ? lastRunAt.Value : f.LastSeenAt;
        return new FindingRow(
            f.Id, f.RuleKey, f.ControlCode, f.Practice, f.Title, f.Severity, f.Status, f.ModelKey, modelName, f.Environment, team, f.Owner,
            f.DueAt, f.Source, f.FirstSeenAt, lastSeen, f.ResolvedAt, f.IsRiskAcceptancePending);
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string? Trimmed(string? value) => Blank(value) ? null : value!.Trim();
}

internal sealed class FindingWithNames
{
    public required Finding Finding { get; init; }

    public required string ModelName { get; init; }

    public required string Team { get; init; }
}

public sealed record HeatmapCell(SecurityPractice Practice, FindingSeverity? Worst, int Open);

public sealed record HeatmapRow(string Model, string ModelName, IReadOnlyList<HeatmapCell> Cells);

/// <summary>The heatmap's rows (at most the number asked for) and how many models have open findings in all.</summary>
public sealed record Heatmap(IReadOnlyList<HeatmapRow> Rows, int ModelsWithOpenFindings);
