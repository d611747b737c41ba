using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Core.Tests.Auditing;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    internal static AuditLogEntry Entry(string entityId = "team-1", string changes = "{}") => new()
    {
        OccurredAt = Noon,
        Actor = "officer@demo.local",
        Action = "Team.Created",
        EntityType = "Team",
        EntityId = entityId,
        Changes = changes,
        CorrelationId = "req-1",
        PreviousHash = string.Empty,
        Hash = string.Empty,
    };

    [Fact]
    public void HashIsSixtyFourLowercaseHexCharacters()
    {
        var hash = AuditChain.ComputeHash(AuditChain.GenesisHash, Entry());

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void SameEntryAndPredecessorGiveTheSameHash()
    {
        Assert.Equal(
            AuditChain.ComputeHash(AuditChain.GenesisHash, Entry()),
            AuditChain.ComputeHash(AuditChain.GenesisHash, Entry()));
    }

    [Fact]
    public void DifferentPredecessorGivesADifferentHash()
    {
        var other = new string('1', 64);

        Assert.NotEqual(
            AuditChain.ComputeHash(AuditChain.GenesisHash, Entry()),
            AuditChain.ComputeHash(other, Entry()));
    }

    [Theory]
    [InlineData("Actor")]
    [InlineData("Action")]
    [InlineData("EntityId")]
    [InlineData("Changes")]
    [InlineData("OccurredAt")]
    [InlineData("CorrelationId")]
    public void ChangingAnyFieldChangesTheHash(string field)
    {
        var original = Entry();
        var altered = Entry();
        switch (field)
        {
            case "Actor": altered.Actor = "mallory@demo.local"; break;
            case "Action": altered.Action = "Team.Deleted"; break;
            case "EntityId": altered.EntityId = "team-2"; break;
            case "Changes": altered.Changes = "{\"Name\":\"x\"}"; break;
            case "OccurredAt": altered.OccurredAt = Noon.AddTicks(1); break;
            case "CorrelationId": altered.CorrelationId = null; break;
        }

        Assert.NotEqual(
            AuditChain.ComputeHash(AuditChain.GenesisHash, original),
            AuditChain.ComputeHash(AuditChain.GenesisHash, altered));
    }

    [Fact]
    public void FieldBoundariesCannotBeShiftedToForgeTheSameHash()
    {
        // "ab" + "c" and "a" + "bc" must not collide: fields are length-prefixed.
        var first = Entry(entityId: "ab", changes: "c");
        var second = Entry(entityId: "a", changes: "bc");

        Assert.NotEqual(
            AuditChain.ComputeHash(AuditChain.GenesisHash, first),
            AuditChain.ComputeHash(AuditChain.GenesisHash, second));
    }

    [Fact]
    public void LinkNumbersTheEntryAfterItsPredecessorAndChainsTheHash()
    {
        var entry = Entry();

        AuditChain.Link(entry, previousSequence: 41, previousHash: AuditChain.GenesisHash);

        Assert.Equal(42, entry.Sequence);
        Assert.Equal(AuditChain.GenesisHash, entry.PreviousHash);
        Assert.Equal(AuditChain.ComputeHash(AuditChain.GenesisHash, entry), entry.Hash);
    }
}
