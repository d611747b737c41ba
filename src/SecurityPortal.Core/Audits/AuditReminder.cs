namespace SecurityPortal.Core.Audits;

/// <summary>
/// A reminder already sent for an audit. Unique per audit and kind, and saved with the notification it records, so
/// a rerun, a retry or a second node never sends it twice. Kept apart from the audit row so a reminder never
/// conflicts with an auditor's edit. Delivery by e-mail reads the same rows.
/// </summary>
public sealed class AuditReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AuditId { get; set; }

    public AuditReminderKind Kind { get; set; }

    public required string Recipient { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
