using SecurityPortal.Core.Audits;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditChangesTests
{
    private static readonly DateTimeOffset SignedOff = new(2026, 3, 28, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 6, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Checklist = ["SP-01.1", "SP-03.3", "SP-05.3", "SP-10.1"];

    [Fact]
    public void NothingThatHappenedBeforeTheSignOffOrAfterNowMarksAnItem()
    {
        var facts = new AuditFacts
        {
            StatusChanges = [("SP-01.1", SignedOff.AddDays(-1))],
            EvidenceAdded = [("SP-03.3", SignedOff)],
            EvidenceExpiries = [("SP-03.3", Now.AddDays(30))],
            Deployments = [SignedOff.AddHours(-2)],
            Incidents = [Now.AddDays(1)],
        };

        Assert.Empty(AuditChanges.Since(SignedOff, Now, Checklist, facts));
    }

    [Fact]
    public void AStatusChangeOrEvidenceAddedOrExpiredMarksItsOwnControlOnly()
    {
        var facts = new AuditFacts
        {
            StatusChanges = [("SP-01.1", SignedOff.AddDays(3))],
            EvidenceAdded = [("SP-01.1", SignedOff.AddDays(4)), ("SP-01.1", SignedOff.AddDays(5))],
            EvidenceExpiries = [("sp-03.3", Now.AddDays(-1))],
        };

        var changes = AuditChanges.Since(SignedOff, Now, Checklist, facts);

        Assert.Equal(["SP-01.1", "SP-03.3"], changes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Control status changed, 2 evidence items added since the last sign-off.", changes["SP-01.1"]);
        Assert.Equal("Evidence expired since the last sign-off.", changes["SP-03.3"]);
    }

    [Fact]
    public void ADeploymentMarksTheControlsDecidedFromWhatRunsAndAnIncidentTheResponseControls()
    {
        var facts = new AuditFacts { Deployments = [SignedOff.AddDays(10)], Incidents = [SignedOff.AddDays(20), SignedOff.AddDays(21)] };

        var changes = AuditChanges.Since(SignedOff, Now, Checklist, facts);

        Assert.Equal(["SP-05.3", "SP-10.1"], changes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("A version was deployed since the last sign-off.", changes["SP-05.3"]);
        Assert.Equal("2 new incidents since the last sign-off.", changes["SP-10.1"]);
    }
}
