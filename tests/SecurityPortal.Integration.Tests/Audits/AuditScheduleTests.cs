using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Audits;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Audits;

namespace SecurityPortal.Integration.Tests.Audits;

/// <summary>
/// The schedule job against a fake clock and a real SQLite file: one audit per plan, model and period however often,
/// however concurrently and across however many restarts it runs, and each reminder once.
/// </summary>
public sealed class AuditScheduleTests
{
    private static readonly DateTimeOffset NextQuarterOpens = new(2027, 2, 19, 6, 0, 0, TimeSpan.Zero);

    private static async Task<AuditScheduleOutcome> RunJobAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditScheduleJob>().RunAsync(CancellationToken.None);
    }

    private static Task<List<(Guid Model, DateOnly Due)>> AuditsOfAsync(PortalFactory factory, Guid plan) =>
        factory.WithDbAsync(async db => (await db.Audits.Where(a => a.PlanId == plan).Select(a => new { a.ModelId, a.DueOn }).ToListAsync())
            .Select(a => (a.ModelId, a.DueOn)).ToList());

    [Fact]
    public async Task AQuarterlyPlanYieldsOneAuditPerModelPerPeriodAcrossReruns_ConcurrentRuns_AndARestart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "securityportal-tests", Guid.NewGuid().ToString("N"));
        Guid plan;
        int highRisk;
        using (var first = new PortalFactory(folder) { KeepData = true })
        {
            using var api = AuditApi.Client(first);
            // Due 20 December, opening 30 days before: the current cycle is already open on 25 November.
            var created = await AuditApi.CreatePlanAsync(api, new
            {
                title = "Quarterly review: exactly once",
                recurrence = "Quarterly",
                anchorOn = "2026-12-20",
                leadDays = 30,
                leadAuditor = "compliance@demo.local",
                riskTiers = new[] { "HighRisk" },
            });
            plan = AuditApi.Id(created);
            highRisk = await first.WithDbAsync(db => db.Models.CountAsync(m => m.RiskTier == SecurityPortal.Core.Models.RiskTier.HighRisk));
            var opened = await AuditsOfAsync(first, plan);
            Assert.Equal(highRisk, opened.Count);
            Assert.All(opened, a => Assert.Equal(new DateOnly(2026, 12, 20), a.Due));

            // Twice in a row, then four at once: nothing more (the demo plans' cycles are open already too).
            Assert.Equal(0, (await RunJobAsync(first)).Created);
            Assert.Equal(0, (await RunJobAsync(first)).Created);
            var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunJobAsync(first))));
            Assert.All(concurrent, o => Assert.Equal(0, o.Created));
            Assert.Equal(highRisk, (await AuditsOfAsync(first, plan)).Count);

            // The next quarter opens on 18 February; four runs at once create it once between them.
            first.Clock.SetUtcNow(NextQuarterOpens);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunJobAsync(first))));
            Assert.Equal(2 * highRisk, (await AuditsOfAsync(first, plan)).Count);
        }

        // A restart on the same files, same day: the job finds every audit there, of this plan and the demo's.
        using var second = new PortalFactory(folder);
        second.Clock.SetUtcNow(NextQuarterOpens.AddHours(1));
        Assert.Equal(0, (await RunJobAsync(second)).Created);
        var audits = await AuditsOfAsync(second, plan);
        Assert.Equal(2 * highRisk, audits.Count);
        Assert.Equal(audits.Count, audits.Distinct().Count());
        Assert.Equal([new DateOnly(2026, 12, 20), new DateOnly(2027, 3, 20)], audits.Select(a => a.Due).Distinct().Order());
        var checklists = await second.WithDbAsync(db => db.Audits.Where(a => a.PlanId == plan).Select(a => a.ItemCount == db.AuditItems.Count(i => i.AuditId == a.Id)).ToListAsync());
        Assert.All(checklists, Assert.True);
    }

    [Fact]
    public async Task TheLeadAuditorIsRemindedOnceBeforeTheDueDateAndOnceWhenOverdue()
    {
        using var factory = new PortalFactory();
        using var api = AuditApi.Client(factory);
        var created = await AuditApi.CreatePlanAsync(api, new
        {
            title = "Monthly check: reminders",
            recurrence = "Monthly",
            anchorOn = "2026-12-10",
            leadDays = 20,
            leadAuditor = "admin@demo.local",
            models = new[] { "email-triage" },
        });
        var plan = AuditApi.Id(created);
        var audit = (await AuditsOfAsync(factory, plan)).Single();

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero)); // 6 days before: due soon
        await RunJobAsync(factory);
        await RunJobAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 8, 0, 0, TimeSpan.Zero)); // the day after: overdue
        await Task.WhenAll(RunJobAsync(factory), RunJobAsync(factory));
        await RunJobAsync(factory);

        var reminders = await factory.WithDbAsync(db => db.AuditReminders
            .Where(r => db.Audits.Any(a => a.Id == r.AuditId && a.PlanId == plan)).Select(r => r.Kind).ToListAsync());
        Assert.Equal([AuditReminderKind.DueSoon, AuditReminderKind.Overdue], reminders.Order());
        var notes = await factory.WithDbAsync(db => db.Notifications
            .Where(n => n.Recipient == "admin@demo.local" && n.Body.Contains("Monthly check: reminders on email-triage")).Select(n => n.Subject).ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, s => s.EndsWith("due within 7 days", StringComparison.Ordinal));
        Assert.Contains(notes, s => s.EndsWith("overdue", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 10), audit.Due);
    }

    [Fact]
    public async Task APausedPlanOpensNoNewCycleAndResumingOpensTheCurrentOneAtOnce()
    {
        using var factory = new PortalFactory();
        using var api = AuditApi.Client(factory);
        var plan = AuditApi.Id(await AuditApi.CreatePlanAsync(api, new
        {
            title = "Monthly check: paused",
            recurrence = "Monthly",
            anchorOn = "2026-11-30",
            leadDays = 10,
            leadAuditor = "compliance@demo.local",
            models = new[] { "churn-forecast" },
        }));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem("compliance@demo.local", "test");
            var planning = scope.ServiceProvider.GetRequiredService<AuditPlanning>();
            Assert.False((await planning.SetActiveAsync(plan, active: false)).Active);
            await Assert.ThrowsAsync<SecurityPortal.Core.Common.ConflictException>(() => planning.SetActiveAsync(plan, active: false));
        }

        // December's cycle (due the 30th) opens on the 20th: not for a paused plan.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 22, 8, 0, 0, TimeSpan.Zero));
        await RunJobAsync(factory);
        Assert.Equal([new DateOnly(2026, 11, 30)], (await AuditsOfAsync(factory, plan)).Select(a => a.Due));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem("compliance@demo.local", "test");
            Assert.True((await scope.ServiceProvider.GetRequiredService<AuditPlanning>().SetActiveAsync(plan, active: true)).Active);
        }

        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 30)], (await AuditsOfAsync(factory, plan)).Select(a => a.Due).Order());
    }
}
