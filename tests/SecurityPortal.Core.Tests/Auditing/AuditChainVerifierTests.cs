using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Core.Tests.Auditing;

public sealed class AuditChainVerifierTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<AuditLogEntry> Chain(int length)
    {
        var entries = new List<AuditLogEntry>();
        long sequence = 0;
        var previous = AuditChain.GenesisHash;
        for (var i = 0; i < length; i++)
        {
            var entry = AuditChainTests.Entry(entityId: $"team-{i}");
            AuditChain.Link(entry, sequence, previous);
            entries.Add(entry);
            sequence = entry.Sequence;
            previous = entry.Hash;
        }

        return entries;
    }

    // As the portal writes them: one anchor per save, covering the entries since the one before.
    private static List<AuditAnchor> AnchorsOf(IEnumerable<AuditLogEntry> entries)
    {
        long previous = 0;
        var anchors = new List<AuditAnchor>();
        foreach (var entry in entries)
        {
            anchors.Add(AuditAnchorSeal.Anchor(Key, previous + 1, entry.Sequence, entry.Hash, At));
            previous = entry.Sequence;
        }

        return anchors;
    }

    private static void Rehash(List<AuditLogEntry> chain, int fromIndex)
    {
        for (var i = fromIndex; i < chain.Count; i++)
        {
            chain[i].PreviousHash = i == 0 ? AuditChain.GenesisHash : chain[i - 1].Hash;
            chain[i].Hash = AuditChain.ComputeHash(chain[i].PreviousHash, chain[i]);
        }
    }

    private static AuditChainVerifier Verify(IEnumerable<AuditLogEntry> entries, IEnumerable<AuditAnchor> anchors)
    {
        var verifier = new AuditChainVerifier(Key);
        verifier.ExpectAnchors(anchors);
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        verifier.Finish();
        return verifier;
    }

    [Fact]
    public void AnUntouchedAnchoredChainIsIntact()
    {
        var chain = Chain(5);

        var verifier = Verify(chain, AnchorsOf(chain));

        Assert.True(verifier.IsIntact);
        Assert.Equal(5, verifier.EntriesChecked);
        Assert.Equal(5, verifier.AnchoredUpTo);
    }

    [Fact]
    public void AnchorsForOnlySomeSavesCoverTheEntriesBetween()
    {
        var chain = Chain(6);

        var verifier = Verify(chain, AnchorsOf([chain[2], chain[5]]));

        Assert.True(verifier.IsIntact);
        Assert.Equal(6, verifier.AnchoredUpTo);
    }

    [Fact]
    public void AnEmptyLogIsIntact()
    {
        Assert.True(Verify([], []).IsIntact);
    }

    [Fact]
    public void EditedContentIsReportedAtTheEditedEntry()
    {
        var chain = Chain(5);
        var anchors = AnchorsOf(chain);
        chain[2].Changes = "{\"Name\":\"rewritten\"}";

        var verifier = Verify(chain, anchors);

        Assert.Equal(new AuditChainBreak(3, AuditChainBreakKind.Edited, verifier.Break!.Reason), verifier.Break);
    }

    [Fact]
    public void ADeletedEntryIsReportedAsMissingAtItsPosition()
    {
        var chain = Chain(5);
        var anchors = AnchorsOf(chain);
        chain.RemoveAt(1);

        var verifier = Verify(chain, anchors);

        Assert.Equal(2, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.Missing, verifier.Break?.Kind);
        Assert.Contains("entries 2–2 are missing", verifier.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SwappedEntriesAreReportedOutOfOrder()
    {
        var chain = Chain(5);
        var anchors = AnchorsOf(chain);
        (chain[1].Sequence, chain[2].Sequence) = (chain[2].Sequence, chain[1].Sequence);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var verifier = Verify(chain, anchors);

        Assert.Equal(2, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.OutOfOrder, verifier.Break?.Kind);
    }

    [Fact]
    public void DeletingTheNewestEntriesIsCaughtByTheAnchorThatNamesThem()
    {
        var chain = Chain(6);
        var anchors = AnchorsOf(chain);
        chain.RemoveRange(4, 2);

        var verifier = Verify(chain, anchors);

        Assert.Equal(5, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.Missing, verifier.Break?.Kind);
        Assert.Contains("entries 5–6 were removed", verifier.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EditingAndRehashingEverythingAfterIsCaughtAtTheFirstAnchorItNoLongerMatches()
    {
        var chain = Chain(6);
        var anchors = AnchorsOf([chain[1], chain[3], chain[5]]);
        chain[2].Actor = "mallory@demo.local";
        Rehash(chain, 2);

        var verifier = Verify(chain, anchors);

        Assert.Equal(4, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.Rewritten, verifier.Break?.Kind);
        Assert.Contains("entries 3–4 were changed and re-hashed", verifier.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryAppendedAroundThePortalIsAnUnanchoredTail()
    {
        var chain = Chain(4);
        var anchors = AnchorsOf(chain);
        var forged = AuditChainTests.Entry(entityId: "forged");
        AuditChain.Link(forged, chain[^1].Sequence, chain[^1].Hash);
        chain.Add(forged);

        var verifier = Verify(chain, anchors);

        Assert.Equal(5, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.UnanchoredTail, verifier.Break?.Kind);
    }

    [Fact]
    public void AnAnchorSealedWithAnotherKeyIsForged()
    {
        var chain = Chain(3);
        var forged = AuditAnchorSeal.Anchor(new byte[32], 3, 3, chain[2].Hash, At);

        var verifier = Verify(chain, [.. AnchorsOf(chain.Take(2)), forged]);

        Assert.Equal(3, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.ForgedAnchor, verifier.Break?.Kind);
    }

    [Fact]
    public void AnEditedAnchorNoLongerVerifies()
    {
        var chain = Chain(3);
        var anchors = AnchorsOf(chain);
        anchors[2].Hash = new string('a', 64);

        var verifier = Verify(chain, anchors);

        Assert.Equal(AuditChainBreakKind.ForgedAnchor, verifier.Break?.Kind);
    }

    [Fact]
    public void ALogWhoseAnchorsWereAllRemovedIsUnanchoredFromTheStart()
    {
        var verifier = Verify(Chain(3), []);

        Assert.Equal(1, verifier.Break?.Sequence);
        Assert.Equal(AuditChainBreakKind.UnanchoredTail, verifier.Break?.Kind);
    }

    [Fact]
    public void NothingIsAcceptedAfterABreak()
    {
        var chain = Chain(3);
        chain[0].Hash = new string('f', 64);
        var verifier = new AuditChainVerifier(Key);

        verifier.Accept(chain[0]);

        Assert.False(verifier.Accept(chain[1]));
        Assert.Equal(0, verifier.EntriesChecked);
    }

    [Fact]
    public void EntriesSlippedInBetweenTwoSavesStayUncoveredAfterLaterSaves()
    {
        // Entries 1-3 anchored; 4 forged around the portal; the portal then writes 5-6 and anchors them as one save.
        var chain = Chain(6);
        List<AuditAnchor> anchors =
        [
            AuditAnchorSeal.Anchor(Key, 1, 3, chain[2].Hash, At),
            AuditAnchorSeal.Anchor(Key, 5, 6, chain[5].Hash, At),
        ];

        var verifier = Verify(chain, anchors);

        Assert.Equal(new AuditChainBreak(4, AuditChainBreakKind.UnanchoredTail, "entries 4–4 are covered by no anchor: the portal anchors every write, so they were added around it"), verifier.Break);
        Assert.Equal(3, verifier.AnchoredUpTo);
    }

    [Fact]
    public void AnAnchorCoveringItsWholeSaveVerifies()
    {
        var chain = Chain(6);
        List<AuditAnchor> anchors = [AuditAnchorSeal.Anchor(Key, 1, 3, chain[2].Hash, At), AuditAnchorSeal.Anchor(Key, 4, 6, chain[5].Hash, At)];

        var verifier = Verify(chain, anchors);

        Assert.True(verifier.IsIntact);
        Assert.Equal(6, verifier.AnchoredUpTo);
    }

    [Fact]
    public void AnAnchorWhoseStartIsMovedNoLongerCarriesAValidSeal()
    {
        var chain = Chain(3);
        var anchor = AuditAnchorSeal.Anchor(Key, 2, 3, chain[2].Hash, At);
        var moved = new AuditAnchor { From = 0, Sequence = anchor.Sequence, Hash = anchor.Hash, AnchoredAt = anchor.AnchoredAt, Seal = anchor.Seal };

        Assert.True(AuditAnchorSeal.IsValid(Key, anchor));
        Assert.False(AuditAnchorSeal.IsValid(Key, moved));
    }
}
