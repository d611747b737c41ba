using MimeKit;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>
/// A portal notification as an e-mail: the same subject and text, a link to the page it points at, and a
/// Message-Id made from the notification's id, so the same notification is always the same message.
/// </summary>
public static class NotificationMail
{
    public static MimeMessage Compose(PortalNotification notification, MailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = MessageIdOf(notification.Id, options.From),
            Subject = notification.Subject,
            Date = notification.CreatedAt,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(notification.Recipient));
        var link = notification.Link is null ? null : new Uri(new Uri(options.PortalAddress), notification.Link).ToString();
        var text = link is null ? notification.Body : $"{notification.Body}\n\nOpen it in SecurityPortal: {link}";
        message.Body = new TextPart("plain") { Text = text + "\n\n-- \nSent by SecurityPortal.\n" };
        return message;
    }

    /// <summary><c>notification-{id}@{sender's domain}</c>: stable across attempts and nodes.</summary>
    public static string MessageIdOf(Guid notificationId, string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "securityportal.local";
        return $"notification-{notificationId:N}@{domain}";
    }
}
