using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>
/// Audit plans: create, pause and resume, list, and the calendar of their due dates over the next twelve months.
/// Creating a plan opens its current cycle at once, so a new plan does not wait for the next hourly run.
/// </summary>
public sealed class AuditPlanning(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, AuditScheduleJob schedule)
{
    private const string MayNotManage = "Only administrators and compliance officers can plan audits.";

    /// <summary>The roles a lead auditor may hold: those who may see audits.</summary>
    private static readonly string[] AuditorRoles = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.ComplianceOfficer];

    public async Task<IReadOnlyList<AuditPlanResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, AuditBoard.MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plans = await db.AuditPlans.AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken);
        return await ToResponsesAsync(db, plans, cancellationToken);
    }

    public async Task<AuditPlanResponse> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, AuditBoard.MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.AuditPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
        return (await ToResponsesAsync(db, [plan], cancellationToken))[0];
    }

    /// <summary>People who may lead audits, for the plan form's picker.</summary>
    public async Task<IReadOnlyList<string>> AuditorsAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageAudits, MayNotManage);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AuditorsQuery(db).OrderBy(e => e).ToListAsync(cancellationToken);
    }

    public async Task<AuditPlanResponse> CreateAsync(NewAuditPlanRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageAudits, MayNotManage);
        var details = AuditPlanDetails.Parse(
            request.Title, request.Recurrence, request.AnchorOn, request.LeadDays, request.LeadAuditor, request.Models, request.RiskTiers, request.Teams, request.Controls);
        Guid id;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var errors = new FieldErrors();
            var auditor = await AuditorsQuery(db).Where(e => e == details.LeadAuditor).SingleOrDefaultAsync(cancellationToken);
            if (auditor is null)
            {
                errors.Add("leadAuditor", $"'{details.LeadAuditor}' is not an active administrator, security officer or compliance officer.");
            }

            var models = await db.Models.AsNoTracking().Where(m => details.ModelKeys.Contains(m.Key)).Select(m => new { m.Id, m.Key }).ToListAsync(cancellationToken);
            foreach (var key in details.ModelKeys.Where(k => !models.Any(m => string.Equals(m.Key, k, StringComparison.OrdinalIgnoreCase))))
            {
                errors.Add("models", $"There is no model '{key}'.");
            }

            var teams = await db.Teams.AsNoTracking().Where(t => details.Teams.Contains(t.Name)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            foreach (var name in details.Teams.Where(n => !teams.Any(t => string.Equals(t.Name, n, StringComparison.OrdinalIgnoreCase))))
            {
                errors.Add("teams", $"There is no team '{name}'.");
            }

            errors.ThrowIfAny();
            var plan = new AuditPlan
            {
                Title = details.Title,
                Recurrence = details.Recurrence,
                AnchorOn = details.AnchorOn,
                LeadDays = details.LeadDays,
                LeadAuditor = auditor!,
            };
            plan.SetScope(details.ModelKeys.Count > 0
                ? AuditScope.Explicit(models.Select(m => m.Id))
                : AuditScope.Rule(details.RiskTiers, teams.Select(t => t.Id)));
            plan.SetChecklist(details.ControlCodes);
            db.AuditPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            id = plan.Id;
        }

        await schedule.OpenCycleNowAsync(id, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Pauses or resumes a plan: a paused plan opens no new cycles; audits already open stay.</summary>
    public async Task<AuditPlanResponse> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageAudits, MayNotManage);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var plan = await db.AuditPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound(id);
            if (plan.IsActive == active)
            {
                throw new ConflictException(active ? "This plan is already active." : "This plan is already paused.");
            }

            plan.IsActive = active;
            await db.SaveUnlessChangedAsync(cancellationToken);
        }

        if (active)
        {
            await schedule.OpenCycleNowAsync(id, cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Each active plan's due dates over the next twelve months, soonest first, with the models each covers today.</summary>
    public async Task<IReadOnlyList<AuditCalendarEntry>> CalendarAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, AuditBoard.MayNotView);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddMonths(12);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plans = await db.AuditPlans.AsNoTracking().Where(p => p.IsActive).ToListAsync(cancellationToken);
        var models = await db.Models.AsNoTracking().Select(m => new { m.Id, m.RiskTier, m.OwnerTeamId }).ToListAsync(cancellationToken);
        return
        [
            .. plans.SelectMany(plan =>
            {
                var scope = plan.Scope;
                var covered = models.Count(m => scope.Includes(m.Id, m.RiskTier, m.OwnerTeamId));
                return AuditCycle.DueBetween(plan.AnchorOn, plan.Recurrence, plan.LeadDays, today, until)
                    .Select(cycle => new AuditCalendarEntry(plan.Id, plan.Title, cycle.OpensOn, cycle.DueOn, covered, plan.LeadAuditor));
            })
            .OrderBy(e => e.DueOn).ThenBy(e => e.Plan, StringComparer.Ordinal),
        ];
    }

    private static IQueryable<string> AuditorsQuery(PortalDbContext db) => PeopleInRoles.Emails(db, AuditorRoles);

    private async Task<List<AuditPlanResponse>> ToResponsesAsync(PortalDbContext db, List<AuditPlan> plans, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var planIds = plans.Select(p => p.Id).ToList();
        var counts = await db.Audits.AsNoTracking().Where(a => planIds.Contains(a.PlanId)).GroupBy(a => a.PlanId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var modelIds = plans.SelectMany(p => p.Scope.Models).Distinct().ToList();
        var teamIds = plans.SelectMany(p => p.Scope.Teams).Distinct().ToList();
        var modelKeys = await db.Models.AsNoTracking().Where(m => modelIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Key, cancellationToken);
        var teamNames = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return
        [
            .. plans.Select(plan =>
            {
                var scope = plan.Scope;
                List<string> keys = [.. scope.Models.Select(id => modelKeys.GetValueOrDefault(id, id.ToString())).Order(StringComparer.Ordinal)];
                List<string> tiers = [.. scope.RiskTiers.Order().Select(t => t.ToString())];
                List<string> teams = [.. scope.Teams.Select(id => teamNames.GetValueOrDefault(id, id.ToString())).Order(StringComparer.Ordinal)];
                var upcoming = AuditCycle.DueBetween(plan.AnchorOn, plan.Recurrence, plan.LeadDays, today, today.AddMonths(13));
                var next = upcoming.Count > 0 ? upcoming[0] : null;
                return new AuditPlanResponse(
                    plan.Id, plan.Title, plan.Recurrence, plan.AnchorOn, plan.LeadDays, plan.LeadAuditor, plan.IsActive, keys, tiers, teams, plan.Checklist,
                    ScopeText(keys, scope.RiskTiers, teams), next?.DueOn, counts.GetValueOrDefault(plan.Id));
            }),
        ];
    }

    private static string ScopeText(List<string> models, IReadOnlySet<RiskTier> tiers, List<string> teams)
    {
        if (models.Count > 0)
        {
            return models.Count <= 3 ? string.Join(", ", models) : $"{string.Join(", ", models.Take(3))} and {models.Count - 3} more";
        }

        var parts = new List<string>();
        parts.Add(tiers.Count == 0 ? "All risk tiers" : string.Join(", ", tiers.Order().Select(t => Labels.Of(t))) + " models");
        if (teams.Count > 0)
        {
            parts.Add($"of {string.Join(", ", teams)}");
        }

        return string.Join(" ", parts);
    }

    private static NotFoundException NotFound(Guid id) => new($"There is no audit plan {id}.");
}
