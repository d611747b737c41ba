namespace SecurityPortal.Core.Auditing;

/// <summary>
/// Walks entries in sequence order and reports the first place where the chain no longer holds.
/// Feed it in batches; it keeps only the last entry it saw.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _lastSequence;
    private string _lastHash = AuditChain.GenesisHash;

    public long EntriesChecked { get; private set; }

    public AuditChainBreak? Break { get; private set; }

    public bool IsIntact => Break is null;

    /// <summary>Checks the next entry; returns false once the chain is broken.</summary>
    public bool Accept(AuditLogEntry entry)
    {
        if (Break is not null)
        {
            return false;
        }

        if (entry.Sequence != _lastSequence + 1)
        {
            Break = new AuditChainBreak(entry.Sequence, $"expected entry {_lastSequence + 1} but found {entry.Sequence}: entries are missing");
        }
        else if (!string.Equals(entry.PreviousHash, _lastHash, StringComparison.Ordinal))
        {
            Break = new AuditChainBreak(entry.Sequence, "its previous hash does not match the entry before it");
        }
        else if (!string.Equals(entry.Hash, AuditChain.ComputeHash(entry.PreviousHash, entry), StringComparison.Ordinal))
        {
            Break = new AuditChainBreak(entry.Sequence, "its content no longer matches its hash");
        }

        if (Break is not null)
        {
            return false;
        }

        _lastSequence = entry.Sequence;
        _lastHash = entry.Hash;
        EntriesChecked++;
        return true;
    }
}
