using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditFindingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AFailedItemRaisesAnAuditFindingLinkedToTheAuditControlAndModelDueByThePolicy()
    {
        var audit = new Audit { ModelId = Guid.CreateVersion7(), ModelKey = "fraud-scorer", LeadAuditor = "compliance@example.com", DueOn = new DateOnly(2026, 6, 30) };
        var item = new AuditItem { AuditId = audit.Id, ControlCode = "SP-03.3", Result = AuditItemResult.Fail, Note = "Keys never expire." };
        var control = ControlCatalogue.Find("SP-03.3")!;

        var finding = AuditFindings.Raise(audit, item, control, "Quarterly review", "Keys never expire", FindingSeverity.High, null, FindingDuePolicy.Default, Now);

        Assert.Equal((FindingSource.Audit, audit.Id, audit.ModelId, "SP-03.3", control.Practice), (finding.Source, finding.AuditId, finding.ModelId, finding.ControlCode, finding.Practice));
        Assert.Equal(AuditFindings.RuleKey, finding.RuleKey);
        Assert.Equal(FindingSubject.AuditItem(audit.Id, "SP-03.3"), finding.Subject);
        Assert.Equal(Now + FindingDuePolicy.Default.High, finding.DueAt);
        Assert.Contains("failed in the audit \"Quarterly review\" due 2026-06-30. Auditor's note: Keys never expire.", finding.Detail);
    }

    [Fact]
    public void ADescriptionGivenIsTheDetail()
    {
        var audit = new Audit { ModelKey = "fraud-scorer", LeadAuditor = "compliance@example.com" };
        var item = new AuditItem { ControlCode = "SP-01.1" };

        var finding = AuditFindings.Raise(audit, item, ControlCatalogue.Find("SP-01.1")!, "Plan", "Title", FindingSeverity.Low, "Shared admin account on the notebook host.", FindingDuePolicy.Default, Now);

        Assert.Equal("Shared admin account on the notebook host.", finding.Detail);
    }
}
