using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditPlanDetailsTests
{
    private static readonly DateOnly Anchor = new(2026, 6, 30);

    [Fact]
    public void AValidPlanIsTrimmedAndItsCodesSpelledAsTheCatalogueSpellsThem()
    {
        var details = AuditPlanDetails.Parse(" Quarterly review ", "Quarterly", Anchor, 30, " compliance@example.com ", null, ["HighRisk", "highrisk"], ["Fraud Analytics"], ["sp-03.1", "SP-03.1"]);

        Assert.Equal("Quarterly review", details.Title);
        Assert.Equal(AuditRecurrence.Quarterly, details.Recurrence);
        Assert.Equal("compliance@example.com", details.LeadAuditor);
        Assert.Equal([RiskTier.HighRisk], details.RiskTiers);
        Assert.Equal(["SP-03.1"], details.ControlCodes);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var refused = Assert.Throws<ValidationFailedException>(() =>
            AuditPlanDetails.Parse("", "Weekly", null, 10, "", ["fraud-scorer"], [], [], ["SP-99.9"]));

        Assert.Equal(["anchorOn", "controls", "leadAuditor", "recurrence", "title"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ALeadTimeMustBeShorterThanThePeriod()
    {
        var refused = Assert.Throws<ValidationFailedException>(() =>
            AuditPlanDetails.Parse("Monthly check", "Monthly", Anchor, AuditCycle.MaxLeadDays(AuditRecurrence.Monthly) + 1, "compliance@example.com", null, null, null, null));

        Assert.Equal(["leadDays"], refused.Errors.Keys);
        Assert.Equal(27, AuditPlanDetails.Parse("Monthly check", "Monthly", Anchor, 27, "compliance@example.com", null, null, null, null).LeadDays);
    }

    [Fact]
    public void AScopeNamesModelsOrARuleNotBoth()
    {
        var refused = Assert.Throws<ValidationFailedException>(() =>
            AuditPlanDetails.Parse("Mixed", "Annual", Anchor, 30, "compliance@example.com", ["fraud-scorer"], ["HighRisk"], null, null));

        Assert.Equal(["scope"], refused.Errors.Keys);
    }
}
