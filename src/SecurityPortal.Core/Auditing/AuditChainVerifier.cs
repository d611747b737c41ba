namespace SecurityPortal.Core.Auditing;

/// <summary>
/// Walks entries in sequence order and reports the first place where the chain no longer holds: inside
/// itself (every hash covers the entry and the one before) and against its anchors (sealed notes of the
/// head, see <see cref="AuditAnchor"/>). Feed it anchors and entries in batches, anchors first, then call
/// <see cref="Finish"/>; it keeps only what it still needs.
/// </summary>
public sealed class AuditChainVerifier(byte[] anchorKey)
{
    private readonly Queue<AuditAnchor> _anchors = new();
    private long _lastSequence;
    private string _lastHash = AuditChain.GenesisHash;
    private AuditAnchor? _lastAnchor;

    public long EntriesChecked { get; private set; }

    /// <summary>The last entry an anchor vouches for (0 when none does yet).</summary>
    public long AnchoredUpTo => _lastAnchor?.Sequence ?? 0;

    public AuditChainBreak? Break { get; private set; }

    public bool IsIntact => Break is null;

    /// <summary>Anchors for the entries about to be accepted, in sequence order.</summary>
    public void ExpectAnchors(IEnumerable<AuditAnchor> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (Break is not null)
            {
                return;
            }

            if (!AuditAnchorSeal.IsValid(anchorKey, anchor))
            {
                Break = new AuditChainBreak(anchor.Sequence, AuditChainBreakKind.ForgedAnchor,
                    $"the anchor for entry {anchor.Sequence} does not carry a valid seal: it was forged or edited, or the anchor key is not the one it was sealed with");
                return;
            }

            _anchors.Enqueue(anchor);
        }
    }

    /// <summary>Checks the next entry; returns false once the chain is broken.</summary>
    public bool Accept(AuditLogEntry entry)
    {
        if (Break is not null)
        {
            return false;
        }

        if (entry.Sequence != _lastSequence + 1)
        {
            Break = entry.Sequence > _lastSequence + 1
                ? new AuditChainBreak(_lastSequence + 1, AuditChainBreakKind.Missing, $"entries {_lastSequence + 1}–{entry.Sequence - 1} are missing")
                : new AuditChainBreak(entry.Sequence, AuditChainBreakKind.OutOfOrder, $"expected entry {_lastSequence + 1} but found {entry.Sequence}");
        }
        else if (!string.Equals(entry.PreviousHash, _lastHash, StringComparison.Ordinal))
        {
            Break = new AuditChainBreak(entry.Sequence, AuditChainBreakKind.OutOfOrder, "it does not follow the entry before it (its previous hash differs): entries were moved or swapped");
        }
        else if (!string.Equals(entry.Hash, AuditChain.ComputeHash(entry.PreviousHash, entry), StringComparison.Ordinal))
        {
            Break = new AuditChainBreak(entry.Sequence, AuditChainBreakKind.Edited, "its content no longer matches its hash: it was edited");
        }
        else
        {
            CheckAnchorsAt(entry);
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

    /// <summary>After the last entry: anchors beyond it mean entries were removed; entries beyond the last anchor were never anchored.</summary>
    public AuditChainBreak? Finish()
    {
        if (Break is not null)
        {
            return Break;
        }

        if (_anchors.Count > 0)
        {
            var furthest = _anchors.Max(a => a.Sequence);
            Break = new AuditChainBreak(_lastSequence + 1, AuditChainBreakKind.Missing,
                $"entries {_lastSequence + 1}–{furthest} were removed: an anchor of {_anchors.Last().AnchoredAt:yyyy-MM-dd HH:mm} UTC names entry {furthest}");
        }
        else if (_lastSequence > AnchoredUpTo)
        {
            Break = new AuditChainBreak(AnchoredUpTo + 1, AuditChainBreakKind.UnanchoredTail,
                AnchoredUpTo == 0
                    ? $"none of the {_lastSequence} entries is anchored: the anchors were removed"
                    : $"entries {AnchoredUpTo + 1}–{_lastSequence} are not anchored: the portal anchors every write, so they were added around it");
        }

        return Break;
    }

    private void CheckAnchorsAt(AuditLogEntry entry)
    {
        while (_anchors.TryPeek(out var anchor) && anchor.Sequence <= entry.Sequence)
        {
            _anchors.Dequeue();
            if (anchor.Sequence < entry.Sequence)
            {
                continue; // an entry this anchor named was already checked (anchors arrive per batch)
            }

            if (!string.Equals(anchor.Hash, entry.Hash, StringComparison.Ordinal))
            {
                var from = AnchoredUpTo + 1;
                Break = new AuditChainBreak(entry.Sequence, AuditChainBreakKind.Rewritten,
                    $"the chain holds together but entry {entry.Sequence} differs from what was anchored at {anchor.AnchoredAt:yyyy-MM-dd HH:mm} UTC: entries {from}–{entry.Sequence} were changed and re-hashed");
                return;
            }

            if (anchor.From > AnchoredUpTo + 1)
            {
                Break = new AuditChainBreak(AnchoredUpTo + 1, AuditChainBreakKind.UnanchoredTail,
                    $"entries {AnchoredUpTo + 1}–{anchor.From - 1} are covered by no anchor: the portal anchors every write, so they were added around it");
                return;
            }

            _lastAnchor = anchor;
        }
    }
}
