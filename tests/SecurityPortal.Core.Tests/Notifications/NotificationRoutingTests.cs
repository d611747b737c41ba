using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Notifications;

public sealed class NotificationRoutingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(NotificationKind.IncidentEscalation, true)]
    [InlineData(NotificationKind.Findings, false)]
    [InlineData(NotificationKind.AuditDue, true)]
    [InlineData(NotificationKind.TrainingDue, true)]
    [InlineData(NotificationKind.ExportReady, true)]
    [InlineData(NotificationKind.IntegrityAlarm, true)]
    [InlineData(NotificationKind.General, false)]
    public void WithoutAChoiceEveryKindShowsInThePortalAndGoesByEmailAsItsDefaultSays(NotificationKind kind, bool byEmail)
    {
        var notification = PortalNotification.For(kind, "staff@demo.local", "s", "b", null, Now);
        notification.Route(null);

        Assert.True(notification.InPortal);
        Assert.Equal(byEmail, notification.ByEmail);
    }

    [Fact]
    public void APersonsChoiceDecidesBothWays()
    {
        var notification = PortalNotification.For(NotificationKind.TrainingDue, "staff@demo.local", "s", "b", null, Now);
        notification.Route(new NotificationPreference { Recipient = "staff@demo.local", Kind = NotificationKind.TrainingDue, InPortal = false, ByEmail = false });

        Assert.False(notification.InPortal);
        Assert.False(notification.ByEmail);
    }

    [Fact]
    public void AnIntegrityAlarmReachesAnAdministratorBothWaysWhateverTheyChose()
    {
        var notification = PortalNotification.For(NotificationKind.IntegrityAlarm, "admin@demo.local", "s", "b", null, Now);
        notification.Route(new NotificationPreference { Recipient = "admin@demo.local", Kind = NotificationKind.IntegrityAlarm, InPortal = false, ByEmail = false });

        Assert.True(notification.InPortal);
        Assert.True(notification.ByEmail);
        Assert.DoesNotContain(NotificationKind.General, NotificationKinds.Choosable);
        Assert.True(NotificationKinds.IsFixed(NotificationKind.IntegrityAlarm));
    }
}
