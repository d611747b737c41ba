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
    /// still be sent rather than fail the save that records why it was sent. It travels as its kind does by default;
    /// the recipient's own choice is applied when it is saved (<see cref="Route"/>).
    /// </summary>
    public static PortalNotification For(NotificationKind kind, string recipient, string subject, string body, string? link, DateTimeOffset at) => new()
    {
        Kind = kind,
        ByEmail = NotificationKinds.EmailByDefault(kind),
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

    public NotificationKind Kind { get; set; }

    /// <summary>Shown in the portal (the bell and the notifications page); false when the recipient chose e-mail only or neither.</summary>
    public bool InPortal { get; set; } = true;

    /// <summary>Applies the recipient's choice for this kind (null: none made).</summary>
    public void Route(NotificationPreference? choice) => (InPortal, ByEmail) = NotificationKinds.Route(Kind, choice);

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
