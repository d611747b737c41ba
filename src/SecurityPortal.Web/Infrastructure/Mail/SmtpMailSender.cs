using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>Production: one connection per message to the configured SMTP server, with TLS as configured.</summary>
public sealed class SmtpMailSender(SmtpOptions options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        await client.ConnectAsync(options.Host ?? "localhost", options.Port, SecurityOf(options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static SecureSocketOptions SecurityOf(string setting) => setting switch
    {
        "SslOnConnect" => SecureSocketOptions.SslOnConnect,
        "Auto" => SecureSocketOptions.Auto,
        "None" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
