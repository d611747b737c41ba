using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>
/// Three demo plans around today: a quarterly review of high-risk models whose last cycle was signed off (one item
/// failed and raised a finding) and whose current cycle is open, one audit already in progress; an annual audit of
/// the Risk &amp; Compliance team gone overdue; and a monthly check of two assistants, signed off, next due in
/// three weeks. Runs before the assessment, so the overdue audits already feed its rule. Skipped once any plan exists.
/// </summary>
public sealed class AuditsDemoData(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AuditScheduleJob schedule, AssessmentOptions assessment)
    : IDemoDataContributor
{
    private const string Compliance = "compliance@demo.local";
    private const string Admin = "admin@demo.local";

    private static readonly string[] QuarterlyChecklist = ["SP-01.1", "SP-02.1", "SP-03.1", "SP-03.3", "SP-05.3", "SP-06.2", "SP-07.3", "SP-10.1"];
    private static readonly string[] MonthlyChecklist = ["SP-03.1", "SP-04.2", "SP-06.4", "SP-10.2"];

    public int Order => 25;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        AuditPlan quarterly, annual, monthly;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.AuditPlans.AnyAsync(cancellationToken))
            {
                return;
            }

            var team = await db.Teams.AsNoTracking().Where(t => t.Name == "Risk & Compliance").Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
            var assistants = await db.Models.AsNoTracking().Where(m => m.Key == "support-assistant" || m.Key == "kb-rag").Select(m => m.Id).ToListAsync(cancellationToken);
            if (team is null || assistants.Count == 0)
            {
                return; // no demo inventory to audit
            }

            quarterly = Plan("Quarterly review of high-risk models", AuditRecurrence.Quarterly, today.AddDays(12).AddYears(-1), 30, Compliance, AuditScope.Rule([RiskTier.HighRisk], []), QuarterlyChecklist);
            annual = Plan("Annual governance audit: Risk & Compliance", AuditRecurrence.Annual, today.AddDays(-6), 45, Compliance, AuditScope.Rule([], [team.Value]), []);
            monthly = Plan("Monthly check of customer assistants", AuditRecurrence.Monthly, today.AddDays(21).AddMonths(-6), 5, Admin, AuditScope.Explicit(assistants), MonthlyChecklist);
            db.AuditPlans.AddRange(quarterly, annual, monthly);

            // The cycles before today's, signed off: the quarterly one three months back, the monthly one ten days ago.
            await AddSignedOffCycleAsync(db, quarterly, today, failOn: "aml-screening", cancellationToken);
            await AddSignedOffCycleAsync(db, monthly, today, failOn: null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Today's cycles open as the job opens them.
        await schedule.OpenCycleNowAsync(quarterly.Id, cancellationToken);
        await schedule.OpenCycleNowAsync(annual.Id, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await AnswerSomeAsync(db, quarterly.Id, "credit-limit", 3, now, cancellationToken);
            await AnswerSomeAsync(db, annual.Id, "kyc-doc-check", 5, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static AuditPlan Plan(string title, AuditRecurrence recurrence, DateOnly anchor, int leadDays, string lead, AuditScope scope, string[] checklist)
    {
        var plan = new AuditPlan { Title = title, Recurrence = recurrence, AnchorOn = anchor, LeadDays = leadDays, LeadAuditor = lead };
        plan.SetScope(scope);
        plan.SetChecklist(checklist);
        return plan;
    }

    /// <summary>The plan's last cycle before today, answered and signed off two days before it was due.</summary>
    private async Task AddSignedOffCycleAsync(PortalDbContext db, AuditPlan plan, DateOnly today, string? failOn, CancellationToken cancellationToken)
    {
        // The latest cycle due before today: the quarterly plan's previous one, the monthly plan's current one.
        var current = plan.CurrentCycle(today)!;
        var cycle = current.DueOn < today ? current : AuditCycle.Of(plan.AnchorOn, plan.Recurrence, plan.LeadDays, current.Number - 1);
        var signedOffAt = new DateTimeOffset(cycle.DueOn.AddDays(-2).ToDateTime(new TimeOnly(15, 30)), TimeSpan.Zero);
        var scope = plan.Scope;
        var models = (await db.Models.AsNoTracking().OrderBy(m => m.Key).ToListAsync(cancellationToken)).Where(m => scope.Includes(m.Id, m.RiskTier, m.OwnerTeamId));
        foreach (var model in models)
        {
            var (audit, items) = plan.Open(model.Id, model.Key, model.RiskTier, cycle);
            var failed = model.Key == failOn;
            foreach (var item in items)
            {
                var fails = failed && item.Position == 2;
                item.Result = fails ? AuditItemResult.Fail : AuditItemResult.Pass;
                item.Note = fails ? "Two internal callers still use a shared key without expiry." : "Checked against the evidence on file; no gaps.";
                item.AnsweredBy = Compliance;
                item.AnsweredAt = signedOffAt.AddHours(-3);
            }

            audit.Answered = items.Count;
            audit.Status = AuditStatus.SignedOff;
            audit.SignedOffBy = Compliance;
            audit.SignedOffAt = signedOffAt;
            audit.Conclusion = failed
                ? "Effective with one exception: a failed authentication item, raised as a finding for the owning team."
                : "Controls operate as described; evidence on file supports every answer.";
            db.Audits.Add(audit);
            db.AuditItems.AddRange(items);
            if (failed)
            {
                var item = items[2];
                var finding = AuditFindings.Raise(
                    audit, item, ControlCatalogue.Find(item.ControlCode)!, plan.Title, $"{model.Key}: {item.ControlCode} failed in the quarterly review",
                    FindingSeverity.High, null, assessment.DuePolicy, signedOffAt.AddHours(-2));
                db.Findings.Add(finding);
                item.FindingId = finding.Id;
            }
        }
    }

    /// <summary>Puts one open audit in progress: its first <paramref name="count"/> items answered Pass.</summary>
    private static async Task AnswerSomeAsync(PortalDbContext db, Guid planId, string modelKey, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var audit = await db.Audits.SingleOrDefaultAsync(a => a.PlanId == planId && a.ModelKey == modelKey && a.Status != AuditStatus.SignedOff, cancellationToken);
        if (audit is null)
        {
            return;
        }

        var items = await db.AuditItems.Where(i => i.AuditId == audit.Id).OrderBy(i => i.Position).Take(count).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            item.Result = AuditItemResult.Pass;
            item.Note = "Confirmed with the owning team.";
            item.AnsweredBy = Compliance;
            item.AnsweredAt = now.AddHours(-4);
        }

        audit.Answered = items.Count;
        audit.Status = AuditStatus.InProgress;
    }
}
