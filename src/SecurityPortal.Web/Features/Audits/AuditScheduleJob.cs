using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>
/// Hourly: opens the current cycle of every active plan for each model in its scope, then reminds lead auditors of
/// audits due soon and, once, of audits gone overdue. Exactly once in effect: an audit is unique per plan, model and
/// due date and a reminder per audit and kind, each saved together with what it implies (the checklist, the
/// notification), so a rerun finds the rows, and a second node racing this one loses on the unique key, reads again
/// and finds nothing left to do.
/// </summary>
public sealed partial class AuditScheduleJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    AuditOptions options,
    ILogger<AuditScheduleJob> logger)
{
    public const string Id = "audit-schedule";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<AuditScheduleOutcome> RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", Guid.NewGuid().ToString("N"));
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        List<Guid> plans;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            plans = await db.AuditPlans.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        }

        var created = 0;
        foreach (var plan in plans)
        {
            created += await RetryOnCollisionAsync(() => OpenCycleAsync(plan, now, today, cancellationToken));
        }

        var reminded = await RetryOnCollisionAsync(() => RemindAsync(now, today, cancellationToken));
        LogRun(logger, created, reminded);
        return new AuditScheduleOutcome(created, reminded);
    }

    /// <summary>Opens a new or resumed plan's current cycle at once, under the name of whoever created or resumed it.</summary>
    public Task<int> OpenCycleNowAsync(Guid planId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return RetryOnCollisionAsync(() => OpenCycleAsync(planId, now, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken));
    }

    /// <summary>Creates the plan's missing audits of its current cycle, each with its checklist, in one save.</summary>
    private async Task<int> OpenCycleAsync(Guid planId, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.AuditPlans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        if (plan.CurrentCycle(today) is not { } cycle)
        {
            return 0;
        }

        var scope = plan.Scope;
        var models = (await db.Models.AsNoTracking().Select(m => new { m.Id, m.Key, m.RiskTier, m.OwnerTeamId }).ToListAsync(cancellationToken))
            .Where(m => scope.Includes(m.Id, m.RiskTier, m.OwnerTeamId))
            .ToList();
        var existing = (await db.Audits.AsNoTracking().Where(a => a.PlanId == planId && a.DueOn == cycle.DueOn).Select(a => a.ModelId).ToListAsync(cancellationToken)).ToHashSet();
        var missing = models.Where(m => !existing.Contains(m.Id)).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        foreach (var model in missing)
        {
            var (audit, items) = plan.Open(model.Id, model.Key, model.RiskTier, cycle);
            db.Audits.Add(audit);
            db.AuditItems.AddRange(items);
        }

        var keys = string.Join(", ", missing.Take(5).Select(m => m.Key)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : string.Empty);
        db.Notifications.Add(PortalNotification.For(
            NotificationKind.AuditDue,
            plan.LeadAuditor,
            $"{plan.Title}: {missing.Count} audit{(missing.Count == 1 ? string.Empty : "s")} opened, due {Day(cycle.DueOn)}",
            $"The cycle due on {Day(cycle.DueOn)} is open for {keys}.",
            AuditsAddress.For(new AuditQuery(Plan: plan.Id)),
            now));
        await db.SaveChangesAsync(cancellationToken);
        LogOpened(logger, plan.Title, missing.Count, cycle.DueOn);
        return missing.Count;
    }

    /// <summary>
    /// One notification per lead auditor and kind, listing their audits; one reminder row per audit and kind, so
    /// each audit is mentioned in at most one due-soon and one overdue reminder, ever.
    /// </summary>
    private async Task<int> RemindAsync(DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var soon = today.AddDays(options.ReminderDays);
        var open = await (from audit in db.Audits.AsNoTracking()
                          join plan in db.AuditPlans.AsNoTracking() on audit.PlanId equals plan.Id
                          where audit.Status != AuditStatus.SignedOff && audit.DueOn <= soon
                          select new { audit.Id, audit.ModelKey, audit.DueOn, audit.LeadAuditor, Plan = plan.Title })
            .ToListAsync(cancellationToken);
        var ids = open.Select(a => a.Id).ToList();
        var sent = (await db.AuditReminders.AsNoTracking().Where(r => ids.Contains(r.AuditId)).Select(r => new { r.AuditId, r.Kind }).ToListAsync(cancellationToken))
            .Select(r => (r.AuditId, r.Kind)).ToHashSet();
        var due = open
            .Select(a => (Audit: a, Kind: a.DueOn < today ? AuditReminderKind.Overdue : AuditReminderKind.DueSoon))
            .Where(x => !sent.Contains((x.Audit.Id, x.Kind)))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        foreach (var group in due.GroupBy(x => (x.Audit.LeadAuditor, x.Kind)))
        {
            var audits = group.Select(x => x.Audit).OrderBy(a => a.DueOn).ThenBy(a => a.ModelKey, StringComparer.Ordinal).ToList();
            var overdue = group.Key.Kind == AuditReminderKind.Overdue;
            var lines = audits.Select(a => $"{a.Plan} on {a.ModelKey}, due {Day(a.DueOn)}");
            db.Notifications.Add(PortalNotification.For(
                NotificationKind.AuditDue,
                group.Key.LeadAuditor,
                overdue
                    ? $"{audits.Count} audit{(audits.Count == 1 ? " is" : "s are")} overdue"
                    : $"{audits.Count} audit{(audits.Count == 1 ? " is" : "s are")} due within {options.ReminderDays} days",
                string.Join("; ", lines) + ".",
                AuditsAddress.For(new AuditQuery(Status: overdue ? AuditStatus.Overdue : null, Auditor: group.Key.LeadAuditor, DueBefore: overdue ? null : soon)),
                now));
            db.AuditReminders.AddRange(audits.Select(a => new AuditReminder { AuditId = a.Id, Kind = group.Key.Kind, Recipient = group.Key.LeadAuditor, SentAt = now }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private Task<int> RetryOnCollisionAsync(Func<Task<int>> step) => CollisionRetry.RunAsync(step, logger, "Audit schedule");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit plan {Plan}: opened {Count} audits due {DueOn}")]
    private static partial void LogOpened(ILogger logger, string plan, int count, DateOnly dueOn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit schedule: {Created} audits opened, {Reminded} reminders")]
    private static partial void LogRun(ILogger logger, int created, int reminded);
}
