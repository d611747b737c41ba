namespace SecurityPortal.Core.Audits;

/// <summary>
/// What happened on a model between two moments, as far as an audit's answers depend on it: the change dates of its
/// control statuses, its evidence added and its evidence expiring, its deployments and its incidents. Loaded by the
/// workspace for the span since the last cycle's sign-off.
/// </summary>
public sealed record AuditFacts
{
    /// <summary>Control code and when its status was last set.</summary>
    public IReadOnlyList<(string ControlCode, DateTimeOffset At)> StatusChanges { get; init; } = [];

    public IReadOnlyList<(string ControlCode, DateTimeOffset At)> EvidenceAdded { get; init; } = [];

    /// <summary>Control code and the end of an evidence item's validity, expired or not.</summary>
    public IReadOnlyList<(string ControlCode, DateTimeOffset ExpiresAt)> EvidenceExpiries { get; init; } = [];

    /// <summary>When a version was deployed or rolled back, in any environment.</summary>
    public IReadOnlyList<DateTimeOffset> Deployments { get; init; } = [];

    /// <summary>When an incident affecting the model was reported.</summary>
    public IReadOnlyList<DateTimeOffset> Incidents { get; init; } = [];
}
