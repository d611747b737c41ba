namespace SecurityPortal.Core.Incidents;

/// <summary>
/// A message for one person inside the portal (SLA warnings and breaches, reminders). The portal shows the unread
/// ones; those marked <see cref="ByEmail"/> are also delivered by the mail job, which records the outcome on the row.
/// </summary>
public sealed class PortalNotification
{
    public const int MaxSubjectLength = 300;
    public const int MaxBodyLength = 2000;
    public const int MaxLinkLength = 300;

    /// <summary>
    /// A message whose subject and body are cut to fit, marked with an ellipsis: a notice built from long titles must
    /// still be sent rather than fail the save that records why it was sent.
    /// </summary>
    public static PortalNotification For(string recipient, string subject, string body, string? link, DateTimeOffset at) => new()
    {
        Recipient = recipient,
        Subject = Fit(subject, MaxSubjectLength),
        Body = Fit(body, MaxBodyLength),
        Link = link,
        CreatedAt = at,
    };

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Recipient { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>Where the message points, e.g. <c>/incidents/INC-2026-0042</c>.</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public const int MaxEmailErrorLength = 500;

    /// <summary>Also send this message by e-mail (to <see cref="Recipient"/>).</summary>
    public bool ByEmail { get; set; }

    /// <summary>When the mail server (or the pickup folder) took the message; null while it is owed.</summary>
    public DateTimeOffset? EmailedAt { get; set; }

    public int EmailAttempts { get; set; }

    /// <summary>Why the last attempt failed, for the administrator; cleared once sent.</summary>
    public string? EmailError { get; set; }

    /// <summary>Not before this moment: a node holding the message for sending, or the back-off after a failure.</summary>
    public DateTimeOffset? EmailNotBefore { get; set; }

    /// <summary>Marks the message for e-mail delivery too, and returns it.</summary>
    public PortalNotification AlsoByEmail()
    {
        ByEmail = true;
        return this;
    }

    /// <summary>The mail server took the message: it is never sent again.</summary>
    public void Emailed(DateTimeOffset at)
    {
        EmailedAt = at;
        EmailError = null;
        EmailNotBefore = null;
    }

    /// <summary>
    /// An attempt failed (refused, timed out): the message stays owed and is tried again after a back-off that doubles
    /// from one minute up to an hour, so a mail server that is down for a day loses nothing and is not hammered.
    /// </summary>
    public void EmailFailed(DateTimeOffset at, string reason)
    {
        EmailAttempts++;
        EmailError = Fit(reason, MaxEmailErrorLength);
        EmailNotBefore = at + RetryDelay(EmailAttempts);
    }

    public static TimeSpan RetryDelay(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
