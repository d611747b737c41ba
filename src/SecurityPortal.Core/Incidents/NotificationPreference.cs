namespace SecurityPortal.Core.Incidents;

/// <summary>One person's choice for one kind of notification: in the portal, by e-mail, both or neither.</summary>
public sealed class NotificationPreference
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The person's e-mail, as notifications name their recipient.</summary>
    public required string Recipient { get; set; }

    public NotificationKind Kind { get; set; }

    public bool InPortal { get; set; } = true;

    public bool ByEmail { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
