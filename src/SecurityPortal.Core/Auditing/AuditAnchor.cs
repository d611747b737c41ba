namespace SecurityPortal.Core.Auditing;

/// <summary>
/// A sealed note of where the chain's head stood after one save: "entries <see cref="From"/> to
/// <see cref="Sequence"/> were written together, and the last had hash <see cref="Hash"/>". The seal is an HMAC with
/// a key kept outside the database, so whoever can write the database can neither forge an anchor nor make the log
/// agree with one after rewriting it; and because each anchor says where its entries start, entries slipped in
/// between two saves stay uncovered however much the portal writes after them.
/// </summary>
public sealed class AuditAnchor
{
    public long Id { get; set; }

    /// <summary>The first entry of the save this anchor seals; 0 for anchors sealed before anchors named it.</summary>
    public long From { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset AnchoredAt { get; set; }

    public required string Seal { get; set; }
}
