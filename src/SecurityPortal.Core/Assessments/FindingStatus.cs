namespace SecurityPortal.Core.Assessments;

/// <summary>Where a stored finding stands.</summary>
public enum FindingStatus
{
    /// <summary>The condition is there and someone must fix it by the due date.</summary>
    Open,

    /// <summary>
    /// The condition is there, but an accountable person accepted the risk until a date. Once that date passes the
    /// assessment reopens the finding, so an acceptance is a decision with an end, not a way to hide a gap.
    /// </summary>
    RiskAccepted,

    /// <summary>The condition has gone; the finding is kept so a return reopens it with its history.</summary>
    Resolved,
}
