using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Audits;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>
/// The figures on the dashboard. Each area contributes its own, and only to people its policy lets in:
/// staff see no inventory or incident figures, not even counts.
/// </summary>
public sealed class DashboardSummary(
    IDbContextFactory<PortalDbContext> contexts,
    IAuthorizationService authorization,
    InventoryOverview inventory,
    IncidentBoard incidents,
    FindingBoard findings,
    AssessmentScores scores,
    AuditBoard audits,
    Training.TrainingDesk training,
    Training.TrainingProgress trainingProgress,
    DashboardTrends trends)
{
    public async Task<DashboardFigures> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        int teams, users;
        long auditEntries;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            teams = await db.Teams.CountAsync(t => t.IsActive, cancellationToken);
            users = await db.Users.CountAsync(u => u.IsActive, cancellationToken);
            auditEntries = await db.AuditLog.LongCountAsync(cancellationToken);
        }

        var inventoryFigures = await MayAsync(user, PortalPolicies.ViewModels)
            ? await inventory.LoadAsync(cancellationToken: cancellationToken)
            : null;
        var incidentFigures = await MayAsync(user, PortalPolicies.ViewIncidents)
            ? await incidents.OverviewAsync(user.Identity?.Name, cancellationToken: cancellationToken)
            : null;
        var findingFigures = await MayAsync(user, PortalPolicies.ViewAssessments)
            ? new FindingFigures(await findings.OpenBySeverityAsync(cancellationToken), await scores.LatestAverageAsync(cancellationToken))
            : null;
        var auditFigures = await MayAsync(user, PortalPolicies.ViewAudits) ? await audits.FiguresAsync(cancellationToken) : null;
        var mine = await training.MineAsync(cancellationToken);
        var view = await MayAsync(user, PortalPolicies.ViewTrainingProgress) ? await trainingProgress.ViewAsync(cancellationToken) : null;
        var progress = view?.Overall;
        var trainingFigures = new TrainingFigures(
            mine.Count(a => a.Status != Core.Training.AssignmentStatus.Completed), mine.Count(a => a.Overdue), progress?.Percent, progress?.Overdue);
        var trendFigures = await trends.LoadAsync(user, view?.Trend, cancellationToken);
        return new DashboardFigures(teams, users, auditEntries, inventoryFigures, incidentFigures, findingFigures, auditFigures, trainingFigures, trendFigures);
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
