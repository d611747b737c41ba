using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1.0.0", 1, 0, 0, null, null)]
    [InlineData("2.10.3-rc.1", 2, 10, 3, "rc.1", null)]
    [InlineData("0.1.0+build.7", 0, 1, 0, null, "build.7")]
    [InlineData("1.0.0-alpha-2.x+sha.5114f85", 1, 0, 0, "alpha-2.x", "sha.5114f85")]
    public void ParsesValidVersions(string text, int major, int minor, int patch, string? pre, string? build)
    {
        Assert.Equal(new SemanticVersion(major, minor, patch, pre, build), SemanticVersion.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.0")]
    [InlineData("1.0.0.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0-01")]
    [InlineData("1.0.0+")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.x")]
    [InlineData("1.0.0-beta..1")]
    public void RefusesInvalidVersions(string text)
    {
        Assert.False(SemanticVersion.TryParse(text, out _));
    }

    [Fact]
    public void OrdersBySemanticVersioningPrecedence()
    {
        string[] ascending = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.1.0", "2.0.0"];

        var sorted = ascending.Reverse().Select(SemanticVersion.Parse).Order().Select(v => v.ToString());

        Assert.Equal(ascending, sorted);
    }

    [Fact]
    public void BuildMetadataDoesNotChangeOrder()
    {
        Assert.Equal(0, SemanticVersion.Parse("1.0.0+a").CompareTo(SemanticVersion.Parse("1.0.0+b")));
    }

    [Fact]
    public void RoundTripsThroughText()
    {
        Assert.Equal("3.2.1-rc.4+ci.9", SemanticVersion.Parse("3.2.1-rc.4+ci.9").ToString());
    }
}
