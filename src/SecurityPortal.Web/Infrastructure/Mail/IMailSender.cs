using MimeKit;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>
/// Hands one message to the mail system. Throws when it was not taken (refused, timed out); the caller keeps the
/// message owed and tries again. A message carries a Message-Id derived from what it is about, so sending it again
/// after a crash overwrites the same pickup file or lets the receiving server recognise the duplicate.
/// </summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
