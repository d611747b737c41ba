using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Core.Tests.Auditing;

public sealed class AuditChainAlarmTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ABreakRaisesACriticalIntegrityFindingAboutThePortalDueByTheSeverityPolicy()
    {
        var chainBreak = new AuditChainBreak(42, AuditChainBreakKind.Edited, "its content no longer matches its hash: it was edited");

        var finding = AuditChainAlarm.Raise(chainBreak, FindingDuePolicy.Default, Now);

        Assert.Null(finding.ModelId);
        Assert.Equal(string.Empty, finding.ModelKey);
        Assert.Equal(FindingSeverity.Critical, finding.Severity);
        Assert.Equal(FindingSource.Integrity, finding.Source);
        Assert.Equal("SP-06.2", finding.ControlCode);
        Assert.Equal("Audit log broken at entry 42 (Edited)", finding.Title);
        Assert.Contains("it was edited", finding.Detail, StringComparison.Ordinal);
        Assert.Equal(FindingDuePolicy.Default.DueAt(FindingSeverity.Critical, Now), finding.DueAt);
    }

    [Fact]
    public void TheSameBreakHasTheSameIdentityAndAnotherBreakAnother()
    {
        var edited = new AuditChainBreak(42, AuditChainBreakKind.Edited, "edited");

        Assert.Equal(AuditChainAlarm.SubjectOf(edited), AuditChainAlarm.SubjectOf(edited with { Reason = "worded differently" }));
        Assert.NotEqual(AuditChainAlarm.SubjectOf(edited), AuditChainAlarm.SubjectOf(edited with { Sequence = 43 }));
        Assert.NotEqual(AuditChainAlarm.SubjectOf(edited), AuditChainAlarm.SubjectOf(edited with { Kind = AuditChainBreakKind.Missing }));
    }
}
