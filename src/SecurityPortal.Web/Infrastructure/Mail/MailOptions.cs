using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>
/// The portal's one mail sender, from <c>Portal:Mail</c>. Without <c>Smtp:Host</c> every message is written as an
/// <c>.eml</c> file into <see cref="PickupFolder"/> (the embedded default), so a newcomer can open what would have
/// been sent; with a host, messages go to that SMTP server.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a sender address")]
    [EmailAddress(ErrorMessage = "must be an e-mail address")]
    public string From { get; set; } = "securityportal@localhost";

    public string FromName { get; set; } = "SecurityPortal";

    /// <summary>Where messages are written when no SMTP host is set; relative to the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    /// <summary>The portal's public address, so links in messages open the right page.</summary>
    [Url(ErrorMessage = "must be an absolute address such as https://portal.example.com")]
    public string PortalAddress { get; set; } = "http://localhost:5080";

    /// <summary>How many owed messages one run of the mail job sends at most.</summary>
    [Range(1, 1000, ErrorMessage = "must be between {1} and {2}")]
    public int BatchSize { get; set; } = 100;

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

/// <summary>The SMTP server of production; the password belongs in secrets (user secrets, environment, a vault).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "must be a port number")]
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (the default), <c>SslOnConnect</c> (port 465), <c>Auto</c>, or <c>None</c> for a relay on the same host.</summary>
    [RegularExpression("^(StartTls|SslOnConnect|Auto|None)$", ErrorMessage = "must be StartTls, SslOnConnect, Auto or None")]
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(1, 300, ErrorMessage = "must be between {1} and {2} seconds")]
    public int TimeoutSeconds { get; set; } = 30;
}
