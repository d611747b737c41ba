using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class AssessmentRuleKeyTests
{
    [Fact]
    public void TheFifteenRulesHaveDistinctSubjectDotConditionKeys()
    {
        Assert.Equal(15, AssessmentRuleKey.All.Count);
        Assert.Equal(AssessmentRuleKey.All.Count, AssessmentRuleKey.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(AssessmentRuleKey.All, key => Assert.Matches("^[a-z]+\\.[a-z]+(-[a-z]+)*$", key));
    }

    [Theory]
    [InlineData(ServingGap.NoAuthentication, "serving.auth-missing")]
    [InlineData(ServingGap.NoTls, "serving.tls-off")]
    [InlineData(ServingGap.UnencryptedArtifact, "version.unencrypted")]
    [InlineData(ServingGap.NoInputValidation, "serving.input-validation-off")]
    [InlineData(ServingGap.NoMonitoring, "serving.monitoring-off")]
    [InlineData(ServingGap.NoSecurityLogging, "serving.security-logging-off")]
    [InlineData(ServingGap.UnsignedArtifact, "version.unsigned")]
    [InlineData(ServingGap.NoRateLimiting, "serving.rate-limit-off")]
    public void EachServingGapIsReportedByItsOwnRule(ServingGap gap, string key) =>
        Assert.Equal(key, AssessmentRuleKey.ForGap(gap));

    [Fact]
    public void EveryServingGapMapsToADifferentKnownRule()
    {
        var keys = Enum.GetValues<ServingGap>().Select(AssessmentRuleKey.ForGap).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, key => Assert.True(AssessmentRuleKey.IsKnown(key)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SERVING.AUTH-MISSING")]
    [InlineData("serving.auth")]
    public void OnlyTheExactKeysAreKnown(string? key) => Assert.False(AssessmentRuleKey.IsKnown(key));
}
