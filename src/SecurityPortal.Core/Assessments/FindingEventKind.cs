namespace SecurityPortal.Core.Assessments;

/// <summary>What happened to a finding, in its history.</summary>
public enum FindingEventKind
{
    Opened,
    Reopened,
    Resolved,
    Assigned,
    RiskAcceptanceRequested,
    RiskAccepted,
    RiskAcceptanceDeclined,
    SeverityChanged,
}
