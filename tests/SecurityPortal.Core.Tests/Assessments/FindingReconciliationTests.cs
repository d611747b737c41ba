using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class FindingReconciliationTests
{
    private const string Model = Samples.ModelKey;

    private static readonly DateTimeOffset At = Samples.At;

    private static readonly string[] Evaluated = [.. AssessmentRules.Builtin.Select(rule => rule.RuleKey)];

    private static readonly DetectedFinding NoTls = Detected(AssessmentRuleKey.NoTls, "production", FindingSeverity.High);

    private static readonly DetectedFinding NoRateLimit = Detected(AssessmentRuleKey.NoRateLimiting, "production", FindingSeverity.Low);

    [Fact]
    public void ANewConditionOpensAFinding()
    {
        var changes = Reconcile([], [NoTls]);

        Assert.Equal([NoTls], changes.Opened);
        Assert.Empty(changes.Reopened);
        Assert.Empty(changes.Resolved);
        Assert.True(changes.HasChanges);
    }

    [Fact]
    public void AnOpenFindingSeenAgainIsKeptWithoutAChange()
    {
        var changes = Reconcile([Stored(NoTls, FindingStatus.Open)], [NoTls]);

        Assert.Equal([NoTls], changes.Seen);
        Assert.Empty(changes.Opened);
        Assert.False(changes.HasChanges);
    }

    [Fact]
    public void AKeptFindingCarriesItsLatestSeverity()
    {
        var invalidSignature = Detected(AssessmentRuleKey.UnsignedArtifact, "production", FindingSeverity.High);

        var changes = Reconcile([Stored(invalidSignature, FindingStatus.Open) with { Severity = FindingSeverity.Medium }], [invalidSignature]);

        Assert.Equal(FindingSeverity.High, Assert.Single(changes.Seen).Severity);
    }

    [Fact]
    public void AnOpenFindingWhoseConditionClearedIsResolved()
    {
        var changes = Reconcile([Stored(NoTls, FindingStatus.Open)], []);

        Assert.Equal([Key(NoTls)], changes.Resolved);
        Assert.True(changes.HasChanges);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(-30)]
    public void ARiskAcceptedFindingWhoseConditionClearedIsResolvedWhetherOrNotTheAcceptanceHolds(int acceptanceDaysLeft)
    {
        var accepted = Stored(NoTls, FindingStatus.RiskAccepted) with { RiskAcceptedUntil = At.AddDays(acceptanceDaysLeft) };

        Assert.Equal([Key(NoTls)], Reconcile([accepted], []).Resolved);
    }

    [Fact]
    public void AResolvedFindingWhoseConditionReturnedIsReopened()
    {
        var changes = Reconcile([Stored(NoTls, FindingStatus.Resolved)], [NoTls]);

        var reopened = Assert.Single(changes.Reopened);
        Assert.Equal(NoTls, reopened.Finding);
        Assert.Equal(FindingStatus.Resolved, reopened.PreviousStatus);
        Assert.Empty(changes.Opened);
    }

    [Fact]
    public void AResolvedFindingStillClearIsLeftAlone() =>
        Assert.False(Reconcile([Stored(NoTls, FindingStatus.Resolved)], []).HasChanges);

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void AnAcceptanceThatHoldsKeepsTheFindingAcceptedUpToItsLastMoment(int secondsLeft)
    {
        var accepted = Stored(NoTls, FindingStatus.RiskAccepted) with { RiskAcceptedUntil = At.AddSeconds(secondsLeft) };

        var changes = Reconcile([accepted], [NoTls]);

        Assert.Equal([NoTls], changes.Seen);
        Assert.False(changes.HasChanges);
    }

    [Fact]
    public void AnExpiredAcceptanceOfAConditionStillThereReopensTheFinding()
    {
        var accepted = Stored(NoTls, FindingStatus.RiskAccepted) with { RiskAcceptedUntil = At.AddSeconds(-1) };

        var reopened = Assert.Single(Reconcile([accepted], [NoTls]).Reopened);

        Assert.Equal(FindingStatus.RiskAccepted, reopened.PreviousStatus);
    }

    [Fact]
    public void AnAcceptanceWithoutAnEndDateDoesNotHold()
    {
        var accepted = Stored(NoTls, FindingStatus.RiskAccepted);

        Assert.Single(Reconcile([accepted], [NoTls]).Reopened);
    }

    [Theory]
    [InlineData(FindingSource.Audit)]
    [InlineData(FindingSource.Incident)]
    public void AFindingRaisedByAnotherSourceIsNotResolvedByNoLongerSeeingIt(FindingSource source)
    {
        var raised = Stored(NoTls, FindingStatus.Open) with { Source = source };

        Assert.False(Reconcile([raised], []).HasChanges);
    }

    [Fact]
    public void AFindingRaisedByAnotherSourceIsStillMatchedWhenDetected()
    {
        var raised = Stored(NoTls, FindingStatus.Open) with { Source = FindingSource.Audit };

        var changes = Reconcile([raised], [NoTls]);

        Assert.Equal([NoTls], changes.Seen);
        Assert.Empty(changes.Opened);
    }

    [Fact]
    public void AFindingOfARuleTheRunDidNotEvaluateIsLeftAlone()
    {
        var auditOverdue = Stored(Detected(AssessmentRuleKey.AuditOverdue, "audit-plan", FindingSeverity.Medium), FindingStatus.Open);

        Assert.False(Reconcile([auditOverdue], []).HasChanges);
    }

    [Fact]
    public void TheSameConditionOnAnotherSubjectIsAnotherFinding()
    {
        var staging = NoTls with { Subject = "staging" };

        var changes = Reconcile([Stored(NoTls, FindingStatus.Open)], [NoTls, staging]);

        Assert.Equal([staging], changes.Opened);
        Assert.Equal([NoTls], changes.Seen);
    }

    [Fact]
    public void OneRunCountsWhatItOpenedReopenedAndResolved()
    {
        var stored = new[]
        {
            Stored(NoTls, FindingStatus.Resolved),
            Stored(Detected(AssessmentRuleKey.NoMonitoring, "production", FindingSeverity.High), FindingStatus.Open),
        };

        var changes = Reconcile(stored, [NoTls, NoRateLimit]);

        Assert.Single(changes.Opened);
        Assert.Single(changes.Reopened);
        Assert.Single(changes.Resolved);
        Assert.Empty(changes.Seen);
    }

    [Fact]
    public void ReconcilingAgainAfterApplyingTheChangesChangesNothing()
    {
        var noMonitoring = Detected(AssessmentRuleKey.NoMonitoring, "production", FindingSeverity.High);
        var staleReview = Detected(AssessmentRuleKey.ReviewStale, "SP-01.1", FindingSeverity.Low);
        var evidence = Detected(AssessmentRuleKey.EvidenceMissing, "SP-01.2", FindingSeverity.Medium);
        var stored = new[]
        {
            Stored(NoTls, FindingStatus.Resolved),
            Stored(noMonitoring, FindingStatus.Open),
            Stored(staleReview, FindingStatus.RiskAccepted) with { RiskAcceptedUntil = At.AddDays(-1) },
            Stored(evidence, FindingStatus.RiskAccepted) with { RiskAcceptedUntil = At.AddDays(10) },
            Stored(Detected(AssessmentRuleKey.NoAuthentication, "staging", FindingSeverity.High), FindingStatus.Open) with { Source = FindingSource.Audit },
            Stored(Detected(AssessmentRuleKey.AuditOverdue, "audit-plan", FindingSeverity.Medium), FindingStatus.Open),
        };
        DetectedFinding[] detected = [NoTls, NoRateLimit, staleReview, evidence];

        var first = Reconcile(stored, detected);
        var applied = Apply(stored, first);
        var second = Reconcile(applied, detected);

        Assert.True(first.HasChanges);
        Assert.False(second.HasChanges);
        Assert.Equal(detected, second.Seen);
        Assert.Equal(Sorted(applied), Sorted(Apply(applied, second)));
    }

    [Fact]
    public void ReconcilingTheSameInputTwiceGivesTheSameChanges()
    {
        var stored = new[] { Stored(NoTls, FindingStatus.Resolved), Stored(NoRateLimit, FindingStatus.Open) };

        var first = Reconcile(stored, [NoTls]);
        var again = Reconcile(stored, [NoTls]);

        Assert.Equal(first.Reopened, again.Reopened);
        Assert.Equal(first.Resolved, again.Resolved);
    }

    [Fact]
    public void AConditionDetectedTwiceIsARuleMistake() =>
        Assert.Throws<ArgumentException>(() => Reconcile([], [NoTls, NoTls with { Title = "Again" }]));

    [Fact]
    public void AFindingStoredTwiceIsADataMistake() =>
        Assert.Throws<ArgumentException>(() => Reconcile([Stored(NoTls, FindingStatus.Open), Stored(NoTls, FindingStatus.Resolved)], []));

    [Fact]
    public void AnotherModelsFindingsAreRefused()
    {
        var foreign = Stored(NoTls, FindingStatus.Open) with { Key = new FindingKey("credit-limit", AssessmentRuleKey.NoTls, "production") };

        Assert.Throws<ArgumentException>(() => Reconcile([foreign], []));
    }

    [Fact]
    public void AFindingFromARuleTheRunDidNotListIsRefused()
    {
        var unlisted = Detected(AssessmentRuleKey.TrainingOverdue, "team", FindingSeverity.Low);

        Assert.Throws<ArgumentException>(() => Reconcile([], [unlisted]));
    }

    private static FindingChanges Reconcile(IEnumerable<StoredFinding> stored, IEnumerable<DetectedFinding> detected) =>
        FindingReconciliation.Reconcile(Model, stored, detected, Evaluated, At);

    private static DetectedFinding Detected(string ruleKey, string subject, FindingSeverity severity) =>
        new(ruleKey, severity, "SP-00.0", null, subject, $"{ruleKey} on {subject}", "Detail.");

    private static FindingKey Key(DetectedFinding finding) => finding.KeyFor(Model);

    private static StoredFinding Stored(DetectedFinding finding, FindingStatus status) => new(Key(finding), status, finding.Severity);

    /// <summary>What the job does with the changes, reduced to the fields reconciliation reads.</summary>
    private static List<StoredFinding> Apply(IEnumerable<StoredFinding> stored, FindingChanges changes)
    {
        var byKey = stored.ToDictionary(finding => finding.Key);
        foreach (var finding in changes.Opened)
        {
            byKey.Add(Key(finding), new StoredFinding(Key(finding), FindingStatus.Open, finding.Severity));
        }

        foreach (var reopened in changes.Reopened)
        {
            var key = Key(reopened.Finding);
            byKey[key] = byKey[key] with { Status = FindingStatus.Open, Severity = reopened.Finding.Severity, RiskAcceptedUntil = null };
        }

        foreach (var key in changes.Resolved)
        {
            byKey[key] = byKey[key] with { Status = FindingStatus.Resolved };
        }

        foreach (var finding in changes.Seen)
        {
            var key = Key(finding);
            byKey[key] = byKey[key] with { Severity = finding.Severity };
        }

        return [.. byKey.Values];
    }

    private static List<StoredFinding> Sorted(IEnumerable<StoredFinding> findings) =>
        [.. findings.OrderBy(f => f.Key.RuleKey, StringComparer.Ordinal).ThenBy(f => f.Key.Subject, StringComparer.Ordinal)];
}
