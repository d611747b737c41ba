using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Core.Tests.Auditing;

public sealed class AuditChangeDiffTests
{
    [Fact]
    public void AnUpdateShowsEachChangedFieldBeforeAndAfter()
    {
        var changes = AuditChangeDiff.Of("AiModel.Updated", """{"Name":{"from":"Fraud scorer","to":"Fraud scorer v2"},"RiskTier":{"from":"Limited","to":"HighRisk"}}""");

        Assert.Equal(
            [new AuditFieldChange("Name", "Fraud scorer", "Fraud scorer v2"), new AuditFieldChange("RiskTier", "Limited", "HighRisk")],
            changes);
    }

    [Fact]
    public void ACreatedRowHasOnlyAfterValuesAndADeletedRowOnlyBeforeValues()
    {
        var created = AuditChangeDiff.Of("Team.Created", """{"Name":"Platform","LeadId":null}""");
        var deleted = AuditChangeDiff.Of("Team.Deleted", """{"Name":"Platform"}""");

        Assert.Equal([new AuditFieldChange("Name", null, "Platform"), new AuditFieldChange("LeadId", null, null)], created);
        Assert.Equal([new AuditFieldChange("Name", "Platform", null)], deleted);
    }

    [Fact]
    public void AFieldClearedInAnUpdateHasNoAfterValue()
    {
        var changes = AuditChangeDiff.Of("Finding.Updated", """{"Owner":{"from":"lead@demo.local","to":null}}""");

        Assert.Equal([new AuditFieldChange("Owner", "lead@demo.local", null)], changes);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    public void ChangesThatAreNotTheCanonicalShapeAreShownAsTheyStand(string raw)
    {
        var changes = AuditChangeDiff.Of("Team.Updated", raw);

        Assert.Equal([new AuditFieldChange("(changes)", null, raw)], changes);
    }
}
