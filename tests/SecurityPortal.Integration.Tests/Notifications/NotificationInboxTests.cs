using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Notifications;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Notifications;

/// <summary>Everyone sees and marks only their own notifications, whatever id they pass.</summary>
public sealed class NotificationInboxTests
{
    private static NotificationInbox Inbox(IServiceProvider services) => services.GetRequiredService<NotificationInbox>();

    private static async Task<PortalNotification[]> SeedAsync(PortalFactory factory)
    {
        var at = factory.Clock.GetUtcNow();
        PortalNotification[] notes =
        [
            PortalNotification.For(NotificationKind.General, Staff, "First for staff", "Body one", "/training", at.AddMinutes(-30)),
            PortalNotification.For(NotificationKind.TrainingDue, Staff, "Second for staff", "Body two", null, at.AddMinutes(-20)),
            PortalNotification.For(NotificationKind.General, Staff, "Third for staff", "Body three", "/incidents", at.AddMinutes(-10)),
            PortalNotification.For(NotificationKind.General, Lead, "For the lead", "Not yours", "/models", at),
        ];
        await factory.WithDbAsync(async db =>
        {
            db.Notifications.RemoveRange(db.Notifications.Where(n => n.Recipient == Staff || n.Recipient == Lead));
            db.Notifications.AddRange(notes);
            await db.SaveChangesAsync();
        });
        return notes;
    }

    [Fact]
    public async Task TheHistoryIsMineNewestFirstPagedAndFilteredToUnread()
    {
        using var factory = new PortalFactory();
        var notes = await SeedAsync(factory);
        await AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).MarkReadAsync(notes[0].Id));

        var firstPage = await AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).HistoryAsync(false, 1, 2));
        var secondPage = await AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).HistoryAsync(false, 2, 2));
        var unread = await AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).HistoryAsync(true, 1, 25));
        var count = await AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).UnreadCountAsync());

        Assert.Equal(3, firstPage.Total);
        Assert.Equal(["Third for staff", "Second for staff"], firstPage.Items.Select(n => n.Subject));
        Assert.Equal(["First for staff"], secondPage.Items.Select(n => n.Subject));
        Assert.False(secondPage.Items[0].Unread);
        Assert.Equal(["Third for staff", "Second for staff"], unread.Items.Select(n => n.Subject));
        Assert.True(unread.Items[1].ByEmail);
        Assert.Equal(2, count);
        await Assert.ThrowsAsync<ValidationFailedException>(() => AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).HistoryAsync(false, 0, 25)));
    }

    [Fact]
    public async Task SomeoneElsesNotificationIsNotFoundAndMarkingAllReadTouchesOnlyMine()
    {
        using var factory = new PortalFactory();
        var notes = await SeedAsync(factory);

        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).MarkReadAsync(notes[3].Id)));
        var marked = await AsAsync(factory, Staff, PortalRoles.Staff, s => Inbox(s).MarkAllReadAsync());
        var leadUnread = await AsAsync(factory, Lead, PortalRoles.TeamLead, s => Inbox(s).UnreadCountAsync());

        Assert.Equal(3, marked);
        Assert.Equal(1, leadUnread);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Recipient == Staff && n.ReadAt == null)));
    }
}
