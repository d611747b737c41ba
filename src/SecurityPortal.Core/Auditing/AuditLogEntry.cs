namespace SecurityPortal.Core.Auditing;

/// <summary>
/// One append-only record of a state change. Entries form a hash chain: each <see cref="Hash"/> covers
/// the previous entry's hash and this entry's canonical form, so any edit, deletion or reordering of
/// past entries is detectable.
/// </summary>
public sealed class AuditLogEntry
{
    /// <summary>Position in the chain, starting at 1 and without gaps.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Who made the change: a user's e-mail, an API key name or a job name.</summary>
    public required string Actor { get; set; }

    /// <summary>What happened, e.g. <c>Team.Created</c> or <c>Deployment.RolledBack</c>.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The changed values as canonical JSON; secrets are redacted before they get here.</summary>
    public required string Changes { get; set; }

    public string? CorrelationId { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
