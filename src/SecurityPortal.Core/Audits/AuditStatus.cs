namespace SecurityPortal.Core.Audits;

/// <summary>
/// Where an audit stands. <see cref="Overdue"/> is never stored: an audit is overdue from the day after its due date
/// until it is signed off, whatever the stored status says (<see cref="Audit.StatusOn"/>).
/// </summary>
public enum AuditStatus
{
    Scheduled,
    InProgress,
    Overdue,
    SignedOff,
}
