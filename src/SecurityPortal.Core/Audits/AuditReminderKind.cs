namespace SecurityPortal.Core.Audits;

/// <summary>The two reminders a lead auditor gets per audit, each once.</summary>
public enum AuditReminderKind
{
    DueSoon,
    Overdue,
}
