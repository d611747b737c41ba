namespace SecurityPortal.Core.Assessments;

/// <summary>What the store holds about one finding of a model that reconciliation and scoring need.</summary>
/// <param name="Key">Its identity.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Severity">How urgent it is; weighs on the score while open.</param>
/// <param name="Source">Who raised it; only assessment findings resolve when their condition clears.</param>
/// <param name="RiskAcceptedUntil">
/// For a <see cref="FindingStatus.RiskAccepted"/> finding, the last moment the acceptance holds; null otherwise.
/// </param>
public sealed record StoredFinding(
    FindingKey Key,
    FindingStatus Status,
    FindingSeverity Severity,
    FindingSource Source = FindingSource.Assessment,
    DateTimeOffset? RiskAcceptedUntil = null)
{
    /// <summary>
    /// Whether the risk acceptance still holds at <paramref name="at"/>, up to and including its last moment. An
    /// acceptance without an end date does not hold: the portal asks for one, and a row without it must not keep a
    /// finding closed for ever.
    /// </summary>
    public bool IsRiskAcceptedAt(DateTimeOffset at) =>
        Status == FindingStatus.RiskAccepted && RiskAcceptedUntil is { } until && at <= until;
}
