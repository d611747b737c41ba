namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A stored finding whose condition is there again: it was resolved and came back, or its risk acceptance ran out.
/// The caller sets it Open with a new due date counted from now, and keeps its history.
/// </summary>
/// <param name="Finding">The condition as detected now.</param>
/// <param name="PreviousStatus">Resolved or RiskAccepted, so the audit entry can say why it reopened.</param>
public sealed record ReopenedFinding(DetectedFinding Finding, FindingStatus PreviousStatus);
