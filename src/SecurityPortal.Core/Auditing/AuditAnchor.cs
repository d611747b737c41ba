namespace SecurityPortal.Core.Auditing;

/// <summary>
/// A sealed note of where the chain's head stood: "entry <see cref="Sequence"/> had hash <see cref="Hash"/>".
/// The seal is an HMAC with a key kept outside the database, so whoever can write the database can neither
/// forge an anchor nor make the log agree with one after rewriting it.
/// </summary>
public sealed class AuditAnchor
{
    public long Id { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset AnchoredAt { get; set; }

    public required string Seal { get; set; }
}
