using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditScopeTests
{
    private static readonly Guid Fraud = Guid.CreateVersion7();
    private static readonly Guid Support = Guid.CreateVersion7();
    private static readonly Guid Model = Guid.CreateVersion7();

    [Fact]
    public void AnExplicitScopeIncludesOnlyTheModelsNamed()
    {
        var scope = AuditScope.Explicit([Model]);

        Assert.True(scope.Includes(Model, RiskTier.Minimal, Support));
        Assert.False(scope.Includes(Guid.CreateVersion7(), RiskTier.HighRisk, Fraud));
    }

    [Fact]
    public void ARuleMatchesTiersAndTeamsTogetherAndAnEmptyListMatchesAll()
    {
        var highRiskOfFraud = AuditScope.Rule([RiskTier.HighRisk], [Fraud]);
        var everything = AuditScope.Rule([], []);

        Assert.True(highRiskOfFraud.Includes(Model, RiskTier.HighRisk, Fraud));
        Assert.False(highRiskOfFraud.Includes(Model, RiskTier.HighRisk, Support));
        Assert.False(highRiskOfFraud.Includes(Model, RiskTier.Limited, Fraud));
        Assert.True(everything.Includes(Model, RiskTier.Minimal, Support));
    }

    [Fact]
    public void APlanKeepsItsScopeAndChecklistThroughItsStoredColumns()
    {
        var plan = new AuditPlan { Title = "Quarterly", LeadAuditor = "compliance@example.com" };
        plan.SetScope(AuditScope.Rule([RiskTier.HighRisk, RiskTier.GeneralPurpose], [Fraud, Support]));
        plan.SetChecklist(["SP-03.1", "SP-01.1"]);

        Assert.Equal(AuditScope.Rule([RiskTier.HighRisk, RiskTier.GeneralPurpose], [Fraud, Support]).RiskTiers, plan.Scope.RiskTiers);
        Assert.True(plan.Scope.Teams.SetEquals([Fraud, Support]));
        Assert.Equal(["SP-01.1", "SP-03.1"], plan.Checklist);
    }

    [Fact]
    public void AChecklistIsTheChosenControlsThatApplyToTheModelInCatalogueOrder()
    {
        var plan = new AuditPlan { Title = "Quarterly", LeadAuditor = "compliance@example.com" };
        plan.SetChecklist(["SP-10.3", "SP-03.1"]); // SP-10.3 applies to high-risk models only

        Assert.Equal(["SP-03.1", "SP-10.3"], plan.ChecklistFor(RiskTier.HighRisk).Select(c => c.Code));
        Assert.Equal(["SP-03.1"], plan.ChecklistFor(RiskTier.Minimal).Select(c => c.Code));
    }

    [Fact]
    public void WithoutChosenControlsTheChecklistIsEveryApplicableControl()
    {
        var plan = new AuditPlan { Title = "Annual", LeadAuditor = "compliance@example.com" };

        Assert.Equal(ControlCatalogue.ApplicableTo(RiskTier.Limited, null).Select(c => c.Code), plan.ChecklistFor(RiskTier.Limited).Select(c => c.Code));
    }

    [Fact]
    public void OpeningACycleGivesTheAuditItsChecklistInOrderAndThePlansLead()
    {
        var plan = new AuditPlan { Title = "Quarterly", LeadAuditor = "compliance@example.com", Recurrence = AuditRecurrence.Quarterly, AnchorOn = new DateOnly(2026, 6, 30), LeadDays = 30 };
        plan.SetChecklist(["SP-10.3", "SP-03.1"]);
        var cycle = AuditCycle.Of(plan.AnchorOn, plan.Recurrence, plan.LeadDays, 1);

        var (audit, items) = plan.Open(Model, "fraud-scorer", RiskTier.HighRisk, cycle);

        Assert.Equal((plan.Id, Model, new DateOnly(2026, 9, 30), new DateOnly(2026, 8, 31), "compliance@example.com", 2), (audit.PlanId, audit.ModelId, audit.DueOn, audit.OpensOn, audit.LeadAuditor, audit.ItemCount));
        Assert.Equal(["SP-03.1", "SP-10.3"], items.Select(i => i.ControlCode));
        Assert.Equal([0, 1], items.Select(i => i.Position));
        Assert.All(items, i => Assert.Equal(audit.Id, i.AuditId));
    }
}
