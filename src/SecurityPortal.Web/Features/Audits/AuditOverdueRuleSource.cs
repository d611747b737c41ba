using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>Hands the assessment the audits overdue at the run's moment, so its audit rule (<see cref="AuditOverdueRule"/>) can see them.</summary>
public sealed class AuditOverdueRuleSource : IAssessmentRuleSource
{
    public async Task<IReadOnlyList<AssessmentRule>> LoadAsync(PortalDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var overdue = await (from audit in db.Audits.AsNoTracking()
                             join plan in db.AuditPlans.AsNoTracking() on audit.PlanId equals plan.Id
                             where audit.Status != AuditStatus.SignedOff && audit.DueOn < today
                             select new { audit.ModelKey, audit.PlanId, plan.Title, audit.DueOn })
            .ToListAsync(cancellationToken);
        var byModel = overdue
            .GroupBy(a => a.ModelKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OverdueAudit>)[.. g.Select(a => new OverdueAudit(a.PlanId, a.Title, a.DueOn))], StringComparer.Ordinal);
        return [new AuditOverdueRule(byModel)];
    }
}
