namespace SecurityPortal.Core.Incidents;

/// <summary>
/// A message for one person inside the portal (SLA warnings and breaches). Delivery by e-mail or chat
/// can read the same rows; the portal itself shows the unread ones.
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

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
