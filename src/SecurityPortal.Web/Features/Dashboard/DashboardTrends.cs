using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Dashboard;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>
/// The dashboard's 90-day trends and the "needs my attention" counts. Each trend is read only for people whose role
/// may open the list behind it, with the few columns it needs, and reduced week by week by <see cref="WeeklyTrends"/>.
/// </summary>
public sealed class DashboardTrends(IDbContextFactory<PortalDbContext> contexts, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<TrendFigures> LoadAsync(ClaimsPrincipal user, IReadOnlyList<CompletionPoint>? trainingTrend, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = new DateTimeOffset(WeeklyTrends.WeekStarts(today)[0].ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var me = user.Identity?.Name ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        IReadOnlyList<TrendWeek<IncidentSeverity>>? opened = null, closed = null;
        if (await MayAsync(user, PortalPolicies.ViewIncidents))
        {
            var incidents = (await db.Incidents.AsNoTracking()
                    .Where(i => i.DetectedAt >= since || (i.ClosedAt != null && i.ClosedAt >= since))
                    .Select(i => new { i.Severity, i.DetectedAt, i.ClosedAt })
                    .ToListAsync(cancellationToken))
                .Select(i => new IncidentDates(i.Severity, i.DetectedAt, i.ClosedAt)).ToList();
            opened = WeeklyTrends.Opened(incidents, today);
            closed = WeeklyTrends.Closed(incidents, today);
        }

        IReadOnlyList<TrendWeek<FindingSeverity>>? findings = null;
        IReadOnlyList<TrendValue>? scores = null;
        int? myFindings = null;
        if (await MayAsync(user, PortalPolicies.ViewAssessments))
        {
            // Open at some point of the window: not resolved before it began. An accepted risk is not open (as the
            // findings list counts it); when it was accepted is not kept, so it leaves the whole trend.
            var rows = (await db.Findings.AsNoTracking()
                    .Where(f => f.Status != FindingStatus.RiskAccepted && (f.ResolvedAt == null || f.ResolvedAt >= since))
                    .Select(f => new { f.Severity, f.FirstSeenAt, f.ResolvedAt, f.Status })
                    .ToListAsync(cancellationToken))
                .Select(f => new FindingDates(f.Severity, f.FirstSeenAt, f.Status == FindingStatus.Resolved ? f.ResolvedAt : null)).ToList();
            findings = WeeklyTrends.OpenFindings(rows, today);
            // Each model's rows in the window, and its last one before it, which holds at the window's start.
            var inWindow = await db.ModelScores.AsNoTracking().Where(s => s.At >= since).Select(s => new { s.ModelId, s.At, s.Score }).ToListAsync(cancellationToken);
            var before = await db.ModelScores.AsNoTracking().Where(s => s.At < since)
                .GroupBy(s => s.ModelId)
                .Select(g => g.OrderByDescending(s => s.RunNumber).Select(s => new { s.ModelId, s.At, s.Score }).First())
                .ToListAsync(cancellationToken);
            scores = WeeklyTrends.AverageScore(inWindow.Concat(before).Select(s => (s.ModelId, s.At, s.Score)), today);
            myFindings = await db.Findings.CountAsync(f => f.Owner == me && f.Status == FindingStatus.Open, cancellationToken);
        }

        IReadOnlyList<TrendWeek<bool>>? audits = null;
        int? myAudits = null;
        if (await MayAsync(user, PortalPolicies.ViewAudits))
        {
            var signedOff = await db.Audits.AsNoTracking().Where(a => a.SignedOffAt != null && a.SignedOffAt >= since)
                .Select(a => new { a.DueOn, a.SignedOffAt }).ToListAsync(cancellationToken);
            audits = WeeklyTrends.AuditsSignedOff(signedOff.Select(a => new SignedOffAudit(a.DueOn, a.SignedOffAt!.Value)), today);
            myAudits = await db.Audits.CountAsync(a => a.LeadAuditor == me && a.Status != AuditStatus.SignedOff && a.DueOn <= today.AddDays(30), cancellationToken);
        }

        return new TrendFigures(opened, closed, findings, scores, trainingTrend, audits, myFindings, myAudits);
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}

/// <summary>The dashboard's trends (null where the viewer may not see the area) and the viewer's own open work.</summary>
public sealed record TrendFigures(
    IReadOnlyList<TrendWeek<IncidentSeverity>>? IncidentsOpened,
    IReadOnlyList<TrendWeek<IncidentSeverity>>? IncidentsClosed,
    IReadOnlyList<TrendWeek<FindingSeverity>>? OpenFindings,
    IReadOnlyList<TrendValue>? AverageScore,
    IReadOnlyList<CompletionPoint>? TrainingCompletion,
    IReadOnlyList<TrendWeek<bool>>? AuditsSignedOff,
    int? MyOpenFindings,
    int? MyAudits);
