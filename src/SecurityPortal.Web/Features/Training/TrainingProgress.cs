using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// Who is behind: the assignments list and the team view (rates per team and course, overdue, never started, the
/// weekly trend, CSV). Team leads see the team they lead now; officers and administrators see every team.
/// </summary>
public sealed class TrainingProgress(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard)
{
    public const string MayNotView = "Training progress is for administrators, security officers, team leads and compliance officers.";
    public const int MaxPageSize = 200;
    public const int TrendWeeks = 13;

    public async Task<ListPage<AssignmentResponse>> ListAsync(AssignmentListFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTrainingProgress, MayNotView);
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, MaxPageSize);
        AssignmentStatus? status = string.IsNullOrWhiteSpace(filter.Status) ? null : errors.Enum<AssignmentStatus>("status", filter.Status.Trim());
        errors.ThrowIfAny();

        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = await VisibleAsync(db, cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserEmail == user);
        }

        if (!string.IsNullOrWhiteSpace(filter.Team))
        {
            var team = filter.Team.Trim();
            query = query.Where(a => a.Team == team);
        }

        if (!string.IsNullOrWhiteSpace(filter.Course))
        {
            var course = filter.Course.Trim().ToUpperInvariant();
            query = query.Where(a => a.CourseCode == course);
        }

        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        if (filter.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(a => a.Status != AssignmentStatus.Completed && a.DueOn < today)
                : query.Where(a => a.Status == AssignmentStatus.Completed || a.DueOn >= today);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(a => a.Status == AssignmentStatus.Completed)
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.UserEmail)
            .ThenBy(a => a.CourseCode)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ListPage<AssignmentResponse>([.. rows.Select(r => r.ToResponse(today))], total, page, pageSize);
    }

    /// <summary>The team view over what people owe now (each person's newest assignment per course).</summary>
    public async Task<TrainingProgressView> ViewAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTrainingProgress, MayNotView);
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = await VisibleAsync(db, cancellationToken);
        var all = await visible.ToListAsync(cancellationToken);
        var current = (await TrainingReads.Current(visible, db).ToListAsync(cancellationToken))
            .Select(a => (Read: a, Met: a.Status == AssignmentStatus.Completed && (a.ExpiresOn is null || a.ExpiresOn >= today), Overdue: a.Status != AssignmentStatus.Completed && a.DueOn < today))
            .ToList();

        CompletionFigure Figure(string name, IEnumerable<(AssignmentRead Read, bool Met, bool Overdue)> rows)
        {
            var list = rows.ToList();
            return new CompletionFigure(name, list.Count, list.Count(r => r.Met), list.Count(r => r.Overdue));
        }

        var teams = current.GroupBy(c => c.Read.Team ?? "No team").Select(g => Figure(g.Key, g)).OrderBy(f => f.Percent).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var courses = current.GroupBy(c => c.Read.CourseCode).Select(g => Figure($"{g.Key} {g.First().Read.CourseTitle}", g)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var overdue = current.Where(c => c.Overdue).Select(c => c.Read.ToResponse(today)).OrderBy(a => a.DueAt).ThenBy(a => a.UserEmail, StringComparer.OrdinalIgnoreCase).ToList();
        var neverStarted = current.Where(c => c.Read.Status == AssignmentStatus.Assigned && c.Read.StartedAt is null && c.Read.Attempts == 0)
            .Select(c => c.Read.ToResponse(today)).OrderBy(a => a.DueAt).ThenBy(a => a.UserEmail, StringComparer.OrdinalIgnoreCase).ToList();
        var trend = CompletionRate.Weekly(
            [.. all.Select(a => new AssignmentDates(DateOnly.FromDateTime(a.CreatedAt.UtcDateTime), a.CompletedAt is { } done ? DateOnly.FromDateTime(done.UtcDateTime) : null))],
            today,
            TrendWeeks);
        return new TrainingProgressView(Figure("All teams", current), teams, courses, overdue, neverStarted, trend);
    }

    /// <summary>The filtered assignments as CSV, every page of them.</summary>
    public async Task<string> ExportCsvAsync(AssignmentListFilter filter, CancellationToken cancellationToken = default)
    {
        var csv = new StringBuilder();
        csv.AppendLine(Csv.Line(["course", "title", "person", "team", "due", "status", "overdue", "completed_at", "score", "expires"]));
        for (var page = 1; ; page++)
        {
            var rows = await ListAsync(filter, page, MaxPageSize, cancellationToken);
            foreach (var a in rows.Items)
            {
                csv.AppendLine(Csv.Line([
                    a.CourseCode, a.CourseTitle, a.UserEmail, a.Team, Day(a.DueAt), a.Status.ToString(), a.Overdue ? "yes" : "no",
                    a.CompletedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.Score?.ToString(CultureInfo.InvariantCulture), a.ExpiresOn is { } e ? Day(e) : null,
                ]));
            }

            if (page * MaxPageSize >= rows.Total)
            {
                return csv.ToString();
            }
        }
    }

    /// <summary>The assignments the one acting may see: a team lead's team, or all.</summary>
    private async Task<IQueryable<AssignmentRead>> VisibleAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var query = TrainingReads.Assignments(db);
        return await guard.LedTeamAsync(db, cancellationToken) is { } only ? query.Where(a => a.TeamId == only) : query;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
