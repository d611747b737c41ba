namespace SecurityPortal.Core.Incidents;

/// <summary>
/// A message for one person inside the portal (SLA warnings and breaches). Delivery by e-mail or chat
/// can read the same rows; the portal itself shows the unread ones.
/// </summary>
public sealed class PortalNotification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Recipient { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>Where the message points, e.g. <c>/incidents/INC-2026-0042</c>.</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
