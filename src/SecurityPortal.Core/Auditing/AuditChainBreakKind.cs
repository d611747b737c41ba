namespace SecurityPortal.Core.Auditing;

/// <summary>What is wrong where the audit chain stops verifying.</summary>
public enum AuditChainBreakKind
{
    /// <summary>An entry's content no longer matches its hash.</summary>
    Edited,

    /// <summary>Entries are gone: a gap in the sequence, or fewer entries than an anchor names.</summary>
    Missing,

    /// <summary>An entry does not follow the one before it.</summary>
    OutOfOrder,

    /// <summary>The chain holds together, but not with what was anchored: entries were changed and re-hashed.</summary>
    Rewritten,

    /// <summary>Entries after the last anchor: the portal anchors every write, so these were added around it.</summary>
    UnanchoredTail,

    /// <summary>An anchor whose seal does not verify with the anchor key: forged, edited, or another key.</summary>
    ForgedAnchor,
}
