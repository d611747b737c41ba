using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class DeploymentHistoryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    // 1.0.0 on Monday, 1.1.0 on Tuesday, rolled back to 1.0.0 on Wednesday.
    private static readonly DeploymentRecord[] Production =
    [
        new(Monday, null, "1.0.0"),
        new(Monday.AddDays(1), "1.0.0", "1.1.0"),
        new(Monday.AddDays(2), "1.1.0", "1.0.0"),
    ];

    [Fact]
    public void NothingRanBeforeTheFirstDeploy() => Assert.Null(DeploymentHistory.VersionAt(Production, Monday.AddTicks(-1)));

    [Theory]
    [InlineData(0, "1.0.0")]
    [InlineData(30, "1.1.0")]
    [InlineData(50, "1.0.0")]
    public void TheVersionOfAMomentIsTheLastOneDeployedBeforeIt(int hoursAfterMonday, string expected) =>
        Assert.Equal(expected, DeploymentHistory.VersionAt(Production, Monday.AddHours(hoursAfterMonday)));

    [Fact]
    public void RollbackGoesToTheVersionThatRanBefore()
    {
        var history = Production[..2];

        Assert.Equal("1.0.0", DeploymentHistory.DefaultRollbackTarget(history, "1.1.0", isRetired: _ => false));
    }

    [Fact]
    public void RollbackSkipsRetiredVersions()
    {
        DeploymentRecord[] history = [new(Monday, null, "1.0.0"), new(Monday.AddDays(1), "1.0.0", "1.1.0"), new(Monday.AddDays(2), "1.1.0", "1.2.0")];

        Assert.Equal("1.0.0", DeploymentHistory.DefaultRollbackTarget(history, "1.2.0", isRetired: v => v == "1.1.0"));
    }

    [Fact]
    public void AFirstDeployHasNoRollbackTarget() =>
        Assert.Null(DeploymentHistory.DefaultRollbackTarget(Production[..1], "1.0.0", isRetired: _ => false));
}
