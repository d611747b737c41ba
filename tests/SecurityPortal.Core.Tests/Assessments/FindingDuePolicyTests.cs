using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Tests.Assessments;

public sealed class FindingDuePolicyTests
{
    [Theory]
    [InlineData(FindingSeverity.Critical, 7)]
    [InlineData(FindingSeverity.High, 30)]
    [InlineData(FindingSeverity.Medium, 90)]
    [InlineData(FindingSeverity.Low, 180)]
    public void ByDefaultAFindingFallsDueSoonerTheMoreSevereItIs(FindingSeverity severity, int days) =>
        Assert.Equal(Samples.At.AddDays(days), FindingDuePolicy.Default.DueAt(severity, Samples.At));

    [Fact]
    public void TheDefaultPolicyIsValid() => Assert.Null(Record.Exception(FindingDuePolicy.Default.Validate));

    [Fact]
    public void ACustomPolicySetsItsOwnTargets()
    {
        var policy = FindingDuePolicy.Default with { High = TimeSpan.FromDays(14) };

        Assert.Equal(TimeSpan.FromDays(14), policy.For(FindingSeverity.High));
        Assert.Null(Record.Exception(policy.Validate));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ATargetThatIsNotPositiveIsAConfigurationMistake(int days)
    {
        var policy = FindingDuePolicy.Default with { Medium = TimeSpan.FromDays(days) };

        var error = Assert.Throws<ValidationFailedException>(policy.Validate);

        Assert.Equal(["Medium"], error.Errors.Keys);
    }

    [Fact]
    public void EveryTargetThatIsNotPositiveIsReported()
    {
        var policy = new FindingDuePolicy(TimeSpan.Zero, TimeSpan.FromDays(30), TimeSpan.Zero, TimeSpan.FromDays(180));

        var error = Assert.Throws<ValidationFailedException>(policy.Validate);

        Assert.Equal(["Critical", "Medium"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ALessSevereFindingMayNotFallDueSooner()
    {
        var policy = FindingDuePolicy.Default with { Low = TimeSpan.FromDays(60) };

        var error = Assert.Throws<ValidationFailedException>(policy.Validate);

        Assert.Equal(["Low"], error.Errors.Keys);
    }

    [Fact]
    public void EqualTargetsAreAllowed()
    {
        var policy = new FindingDuePolicy(TimeSpan.FromDays(30), TimeSpan.FromDays(30), TimeSpan.FromDays(30), TimeSpan.FromDays(30));

        Assert.Null(Record.Exception(policy.Validate));
    }
}
