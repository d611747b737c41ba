using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Infrastructure.Mail;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Training;

/// <summary>Reminders once each, in the portal and in the mail folder, through reruns and a mail server that was down.</summary>
public sealed class TrainingRemindersTests
{
    [Fact]
    public async Task PastDueExactlyOneOverdueReminderReachesTheMailFolderThoughTheJobRunsTwiceAndTheServerFailedFirst()
    {
        using var portal = new PortalFactory();
        var mail = Path.Combine(portal.DataDirectory, "mail");
        var sender = new MailServer(new PickupFolderMailSender(mail)) { Down = true };
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IMailSender>();
            s.AddSingleton<IMailSender>(sender);
        }));
        // The portal starts (and seeds its demo) today; eleven days later the staff member's course is one day overdue.
        _ = factory.Services;
        portal.Clock.Advance(TimeSpan.FromDays(11));

        var first = await AsSystemAsync(factory, s => s.GetRequiredService<TrainingJob>().RunAsync(CancellationToken.None));
        var second = await AsSystemAsync(factory, s => s.GetRequiredService<TrainingJob>().RunAsync(CancellationToken.None));
        var down = await AsSystemAsync(factory, s => s.GetRequiredService<MailDeliveryJob>().RunAsync(CancellationToken.None));
        var owed = await DbAsync(factory, db => db.Notifications.CountAsync(n => n.ByEmail && n.EmailedAt == null && n.EmailError != null));
        sender.Down = false;
        var tooSoon = await AsSystemAsync(factory, s => s.GetRequiredService<MailDeliveryJob>().RunAsync(CancellationToken.None));
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var up = await AsSystemAsync(factory, s => s.GetRequiredService<MailDeliveryJob>().RunAsync(CancellationToken.None));
        var again = await AsSystemAsync(factory, s => s.GetRequiredService<MailDeliveryJob>().RunAsync(CancellationToken.None));

        Assert.True(first.Reminded >= 2, $"{first.Reminded} reminders");
        Assert.Equal(0, second.Reminded);
        Assert.Equal(0, down.Sent);
        Assert.Equal(down.Failed, owed);
        Assert.Equal(new MailDeliveryOutcome(0, 0), tooSoon);
        Assert.Equal(down.Failed, up.Sent);
        Assert.Equal(new MailDeliveryOutcome(0, 0), again);
        var staffOverdue = Directory.GetFiles(mail, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == Staff) && (m.Subject ?? string.Empty).StartsWith("Training overdue", StringComparison.Ordinal))
            .ToList();
        var message = Assert.Single(staffOverdue);
        Assert.Equal("Training overdue: Defending against prompt injection", message.Subject);
        Assert.Contains("http://localhost:5080/training", message.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(1, await DbAsync(factory, db => db.TrainingReminders.CountAsync(r => r.Kind == Core.Training.TrainingReminderKind.Overdue && db.TrainingAssignments.Any(a => a.Id == r.AssignmentId && a.UserEmail == Staff))));
    }

    [Fact]
    public async Task ARefusingSmtpServerLeavesTheMessageOwedWithTheReason()
    {
        using var portal = new PortalFactory { ExtraSettings = { ["Portal:Mail:Smtp:Host"] = "127.0.0.1", ["Portal:Mail:Smtp:Port"] = "9", ["Portal:Mail:Smtp:Security"] = "None", ["Portal:Mail:Smtp:TimeoutSeconds"] = "5" } };

        var outcome = await AsSystemAsync(portal, s => s.GetRequiredService<MailDeliveryJob>().RunAsync(CancellationToken.None));

        Assert.Equal(0, outcome.Sent);
        Assert.True(outcome.Failed > 0);
        var failed = await portal.WithDbAsync(db => db.Notifications.Where(n => n.ByEmail).ToListAsync());
        Assert.All(failed, n =>
        {
            Assert.Null(n.EmailedAt);
            Assert.Equal(1, n.EmailAttempts);
            Assert.NotNull(n.EmailError);
            Assert.True(n.EmailNotBefore > portal.Clock.GetUtcNow());
        });
    }

    /// <summary>A mail server that can be switched off: refuses every message while down.</summary>
    private sealed class MailServer(IMailSender inner) : IMailSender
    {
        public bool Down { get; set; }

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            Down ? throw new IOException("Connection refused (the test's mail server is down).") : inner.SendAsync(message, cancellationToken);
    }
}
