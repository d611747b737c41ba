using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class AssessmentRulesTests
{
    [Fact]
    public void TheBuiltinRulesAndTheOtherAreasTogetherCoverEveryRuleKeyOnce()
    {
        var keys = AssessmentRules.Builtin.Select(rule => rule.RuleKey).Concat(AssessmentRules.SuppliedByOtherAreas).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(AssessmentRuleKey.All.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRuleIsBoundToTheCatalogueControlThatNamesIt() =>
        Assert.All(AssessmentRules.Builtin, rule =>
        {
            Assert.Equal(rule.RuleKey, rule.Control.RuleKey);
            Assert.Same(ControlCatalogue.Find(rule.Control.Code), rule.Control);
        });

    [Fact]
    public void AHardenedModelWithReviewedEvidencedControlsHasNoFindings()
    {
        var model = Samples.HardenedEverywhere() with
        {
            RiskTier = RiskTier.HighRisk,
            Controls = [new AssessedControlStatus("SP-01.1", ControlImplementation.Implemented, Samples.At.AddDays(-30), HasCurrentEvidence: true)],
            OpenIncidents = [new AssessedIncident("INC-2026-0042", IncidentSeverity.Sev1, [])],
        };

        Assert.Empty(AssessmentRules.Evaluate(model, Samples.At));
    }

    [Fact]
    public void ABareProductionDeploymentTripsEveryDeploymentRule()
    {
        var bare = new AssessedDeployment(
            DeploymentEnvironment.Production,
            "0.1.0",
            new ServingPosture(ServingAuthMode.None, false, false, false, false, false, EncryptionAtRest.None, SignatureStatus.Unsigned),
            HasValidSha256: false,
            HasRollbackTarget: false);

        var findings = AssessmentRules.Evaluate(Samples.Model(bare), Samples.At);

        Assert.Equal(
            [.. Enum.GetValues<ServingGap>().Select(AssessmentRuleKey.ForGap), AssessmentRuleKey.MissingDigest, AssessmentRuleKey.NoRollbackTarget],
            findings.Select(f => f.RuleKey));
        Assert.All(findings, f => Assert.Equal("production", f.Subject));
        Assert.Equal(FindingSeverity.Critical, findings.Max(f => f.Severity));
    }

    [Fact]
    public void TheSameConditionKeepsItsIdentityAcrossRunsAndUpgrades()
    {
        var before = Samples.Model(Samples.WithPosture(DeploymentEnvironment.Production, p => p with { Tls = false, RateLimiting = false }));
        var upgraded = before with { Deployments = [before.Deployments[0] with { RunningVersion = "1.5.0" }] };

        var first = AssessmentRules.Evaluate(before, Samples.At).Select(f => f.KeyFor(before.Key));
        var later = AssessmentRules.Evaluate(upgraded, Samples.At.AddDays(7)).Select(f => f.KeyFor(upgraded.Key));

        Assert.Equal(first, later);
    }

    [Fact]
    public void RulesFromOtherAreasRunAlongsideTheBuiltinOnes()
    {
        var auditRule = new AuditOverdueRule(new Dictionary<string, IReadOnlyList<OverdueAudit>>
        {
            [Samples.ModelKey] = [new OverdueAudit(Guid.CreateVersion7(), "Yearly audit", new DateOnly(2026, 5, 1))],
        });
        var model = Samples.HardenedEverywhere();

        var findings = AssessmentRules.Evaluate(model, Samples.At, [.. AssessmentRules.Builtin, auditRule]);

        var finding = Assert.Single(findings);
        Assert.Equal(AssessmentRuleKey.AuditOverdue, finding.RuleKey);
        Assert.Equal("SP-07.1", finding.ControlCode);
    }

    [Fact]
    public void ARuleMustBeAKnownKeyThatAControlNames()
    {
        Assert.Throws<ArgumentException>(() => new KeyedSample("serving.made-up"));
        Assert.Equal("SP-09.1", new KeyedSample(AssessmentRuleKey.TrainingOverdue).Control.Code);
    }

    [Theory]
    [InlineData(DeploymentEnvironment.Development, "development")]
    [InlineData(DeploymentEnvironment.Staging, "staging")]
    [InlineData(DeploymentEnvironment.Production, "production")]
    public void ADeploymentSubjectIsItsEnvironmentsStableName(DeploymentEnvironment environment, string subject) =>
        Assert.Equal(subject, FindingSubject.Deployment(environment));

    private sealed class KeyedSample(string ruleKey) : AssessmentRule(ruleKey)
    {
        public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at) => [];
    }
}
