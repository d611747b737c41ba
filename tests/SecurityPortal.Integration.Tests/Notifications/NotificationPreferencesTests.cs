using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Notifications;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Notifications;

/// <summary>Each person's choice per kind decides whether a notification shows in the portal and whether it is mailed.</summary>
public sealed class NotificationPreferencesTests
{
    private static NotificationChoices Choices(IServiceProvider services) => services.GetRequiredService<NotificationChoices>();

    private static Task<Guid> SendAsync(PortalFactory factory, NotificationKind kind, string recipient) =>
        factory.WithDbAsync(async db =>
        {
            var notification = PortalNotification.For(kind, recipient, $"{kind} for {recipient}", "Body", "/training", factory.Clock.GetUtcNow());
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });

    [Fact]
    public async Task WithoutChoicesEveryKindHasItsDefaultAndTheAlarmIsFixed()
    {
        using var factory = new PortalFactory();

        var mine = await AsAsync(factory, Staff, PortalRoles.Staff, s => Choices(s).MineAsync());
        var admins = await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, s => Choices(s).MineAsync());

        Assert.Equal(NotificationKinds.Choosable.Where(k => k != NotificationKind.IntegrityAlarm), mine.Select(c => c.Kind));
        Assert.All(mine, c => Assert.True(c.InPortal));
        Assert.False(mine.Single(c => c.Kind == NotificationKind.Findings).ByEmail);
        Assert.True(mine.Single(c => c.Kind == NotificationKind.TrainingDue).ByEmail);
        Assert.Equal(NotificationKinds.Choosable, admins.Select(c => c.Kind));
        Assert.True(admins.Single(c => c.Kind == NotificationKind.IntegrityAlarm).Fixed);
    }

    [Fact]
    public async Task AChoiceRoutesWhatIsSentFromThenOnForThatPersonOnly()
    {
        using var factory = new PortalFactory();
        await AsAsync(factory, Staff, PortalRoles.Staff, s => Choices(s).SaveAsync(
            [new NotificationChoice(NotificationKind.TrainingDue, InPortal: false, ByEmail: true), new NotificationChoice(NotificationKind.Findings, InPortal: true, ByEmail: true)]));

        var mailedOnly = await SendAsync(factory, NotificationKind.TrainingDue, Staff);
        var findings = await SendAsync(factory, NotificationKind.Findings, Staff);
        var leads = await SendAsync(factory, NotificationKind.TrainingDue, Lead);
        var rows = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Id == mailedOnly || n.Id == findings || n.Id == leads).ToDictionaryAsync(n => n.Id));
        var inbox = await AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<NotificationInbox>().HistoryAsync(false, 1, 100));

        Assert.Equal((false, true), (rows[mailedOnly].InPortal, rows[mailedOnly].ByEmail));
        Assert.Equal((true, true), (rows[findings].InPortal, rows[findings].ByEmail));
        Assert.Equal((true, true), (rows[leads].InPortal, rows[leads].ByEmail));
        Assert.DoesNotContain(inbox.Items, n => n.Id == mailedOnly);
        Assert.Contains(inbox.Items, n => n.Id == findings);
    }

    [Fact]
    public async Task TheAlarmCannotBeChosenAwayAndABadSaveWritesNothing()
    {
        using var factory = new PortalFactory();
        var before = await factory.WithDbAsync(db => db.NotificationPreferences.CountAsync());

        var fixedKind = await Assert.ThrowsAsync<ValidationFailedException>(() => AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, s => Choices(s).SaveAsync(
            [new NotificationChoice(NotificationKind.TrainingDue, false, false), new NotificationChoice(NotificationKind.IntegrityAlarm, false, false)])));
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => AsAsync(factory, Staff, PortalRoles.Staff, s => Choices(s).SaveAsync(
            [new NotificationChoice(NotificationKind.AuditDue, false, false), new NotificationChoice(NotificationKind.AuditDue, true, true)])));

        Assert.Contains("kind", fixedKind.Errors.Keys);
        Assert.Contains("kind", twice.Errors.Keys);
        Assert.Equal(before, await factory.WithDbAsync(db => db.NotificationPreferences.CountAsync()));
    }

    [Fact]
    public async Task TwentyParallelSavesLeaveOneChoicePerKindAndEachChangeIsAudited()
    {
        using var factory = new PortalFactory();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => AsAsync(factory, Staff, PortalRoles.Staff, s => Choices(s).SaveAsync(
            [new NotificationChoice(NotificationKind.ExportReady, InPortal: true, ByEmail: i % 2 == 0)]))));

        var rows = await factory.WithDbAsync(db => db.NotificationPreferences.Where(p => p.Recipient == Staff).ToListAsync());
        var audited = await factory.WithDbAsync(db => db.AuditLog.CountAsync(e => e.EntityType == nameof(NotificationPreference) && e.Actor == Staff));
        Assert.Single(rows);
        Assert.InRange(audited, 1, 20);
    }

    [Fact]
    public async Task ASavedNotificationSignalsItsRecipientsOpenPagesAndOnlyThem()
    {
        using var factory = new PortalFactory();
        var signals = factory.Services.GetRequiredService<NotificationSignals>();
        var staffTold = new TaskCompletionSource();
        var leadTold = 0;
        using var staff = signals.Subscribe(Staff, () => { staffTold.TrySetResult(); return Task.CompletedTask; });
        using var lead = signals.Subscribe(Lead, () => { Interlocked.Increment(ref leadTold); return Task.CompletedTask; });

        await SendAsync(factory, NotificationKind.TrainingDue, Staff);

        await staffTold.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, Volatile.Read(ref leadTold));
    }
}
