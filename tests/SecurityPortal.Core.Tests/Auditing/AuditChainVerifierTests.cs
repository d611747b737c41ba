using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Core.Tests.Auditing;

public sealed class AuditChainVerifierTests
{
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

    private static AuditChainVerifier Verify(IEnumerable<AuditLogEntry> entries)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier;
    }

    [Fact]
    public void AnUntouchedChainIsIntact()
    {
        var verifier = Verify(Chain(5));

        Assert.True(verifier.IsIntact);
        Assert.Equal(5, verifier.EntriesChecked);
    }

    [Fact]
    public void AnEmptyLogIsIntact()
    {
        Assert.True(Verify([]).IsIntact);
    }

    [Fact]
    public void EditedContentIsReportedAtTheEditedEntry()
    {
        var chain = Chain(5);
        chain[2].Changes = "{\"Name\":\"rewritten\"}";

        var verifier = Verify(chain);

        Assert.Equal(3, verifier.Break?.Sequence);
        Assert.Contains("content", verifier.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARemovedEntryIsReportedAsMissing()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var verifier = Verify(chain);

        Assert.Equal(3, verifier.Break?.Sequence);
        Assert.Contains("missing", verifier.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARehashedEntryStillBreaksTheLinkToItsSuccessor()
    {
        // An attacker who edits an entry and recomputes its hash breaks the next entry's link.
        var chain = Chain(4);
        chain[1].Actor = "mallory@demo.local";
        chain[1].Hash = AuditChain.ComputeHash(chain[1].PreviousHash, chain[1]);

        var verifier = Verify(chain);

        Assert.Equal(3, verifier.Break?.Sequence);
        Assert.Contains("previous hash", verifier.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingIsAcceptedAfterABreak()
    {
        var chain = Chain(3);
        chain[0].Hash = new string('f', 64);
        var verifier = new AuditChainVerifier();

        verifier.Accept(chain[0]);

        Assert.False(verifier.Accept(chain[1]));
        Assert.Equal(0, verifier.EntriesChecked);
    }
}
