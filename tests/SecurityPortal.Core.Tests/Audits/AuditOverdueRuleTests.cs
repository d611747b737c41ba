using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Tests.Assessments;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditOverdueRuleTests
{
    private static readonly Guid Quarterly = Guid.CreateVersion7();
    private static readonly Guid Annual = Guid.CreateVersion7();

    private static AuditOverdueRule Rule(params OverdueAudit[] overdue) =>
        new(new Dictionary<string, IReadOnlyList<OverdueAudit>> { [Samples.ModelKey] = overdue });

    [Fact]
    public void AModelWithoutOverdueAuditsHasNoFinding() =>
        Assert.Empty(new AuditOverdueRule(new Dictionary<string, IReadOnlyList<OverdueAudit>>()).Evaluate(Samples.HardenedEverywhere(), Samples.At));

    [Fact]
    public void AnOverdueAuditIsMediumAndHighForAHighRiskModelOnePerPlan()
    {
        var rule = Rule(new OverdueAudit(Quarterly, "Quarterly review", new DateOnly(2026, 5, 15)), new OverdueAudit(Annual, "Annual audit", new DateOnly(2026, 4, 30)));

        var limited = rule.Evaluate(Samples.HardenedEverywhere(), Samples.At).ToList();
        var highRisk = rule.Evaluate(Samples.HardenedEverywhere() with { RiskTier = RiskTier.HighRisk }, Samples.At).ToList();

        Assert.Equal([FindingSeverity.Medium, FindingSeverity.Medium], limited.Select(f => f.Severity));
        Assert.Equal([FindingSeverity.High, FindingSeverity.High], highRisk.Select(f => f.Severity));
        Assert.Equal([FindingSubject.AuditPlan(Annual), FindingSubject.AuditPlan(Quarterly)], limited.Select(f => f.Subject));
        Assert.Contains("was due on 2026-04-30", limited[0].Detail);
        Assert.All(limited, f => Assert.Equal("SP-07.1", f.ControlCode));
    }

    [Fact]
    public void TheSamePlanOverdueAgainIsTheSameFinding()
    {
        var first = Rule(new OverdueAudit(Quarterly, "Quarterly review", new DateOnly(2026, 3, 31))).Evaluate(Samples.HardenedEverywhere(), Samples.At).Single();
        var next = Rule(new OverdueAudit(Quarterly, "Quarterly review", new DateOnly(2026, 6, 30))).Evaluate(Samples.HardenedEverywhere(), Samples.At.AddMonths(3)).Single();

        Assert.Equal(first.KeyFor(Samples.ModelKey), next.KeyFor(Samples.ModelKey));
    }
}
