using SecurityPortal.Core.ApiKeys;

namespace SecurityPortal.Core.Tests.ApiKeys;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static ApiKey Key(string scopes = ApiScopes.TeamsRead, DateTimeOffset? expires = null, DateTimeOffset? revoked = null, DateTimeOffset? lastUsed = null) => new()
    {
        Name = "pipeline",
        DisplayPrefix = "spk_abcd",
        SecretHash = new string('a', 64),
        Scopes = scopes,
        ExpiresAt = expires,
        RevokedAt = revoked,
        LastUsedAt = lastUsed,
    };

    [Fact]
    public void AKeyWithoutExpiryOrRevocationIsActive() => Assert.Equal(ApiKeyState.Active, Key().StateAt(Now));

    [Fact]
    public void AKeyIsExpiredFromItsExpiryInstantOn()
    {
        Assert.Equal(ApiKeyState.Active, Key(expires: Now.AddTicks(1)).StateAt(Now));
        Assert.Equal(ApiKeyState.Expired, Key(expires: Now).StateAt(Now));
    }

    [Fact]
    public void RevocationWinsOverExpiry() => Assert.Equal(ApiKeyState.Revoked, Key(expires: Now.AddDays(-1), revoked: Now.AddDays(-2)).StateAt(Now));

    [Theory]
    [InlineData("teams.read", "teams.read", true)]
    [InlineData("teams.read", "audit.read", false)]
    [InlineData("admin", "models.write", true)]
    [InlineData("teams.read audit.read", "audit.read", true)]
    public void AKeyAllowsItsScopesAndAdminAllowsAll(string scopes, string wanted, bool expected) =>
        Assert.Equal(expected, Key(scopes).Allows(wanted));

    [Fact]
    public void UseIsRecordedAtMostOncePerResolution()
    {
        Assert.True(Key().ShouldRecordUseAt(Now));
        Assert.False(Key(lastUsed: Now - ApiKey.LastUsedResolution + TimeSpan.FromSeconds(1)).ShouldRecordUseAt(Now));
        Assert.True(Key(lastUsed: Now - ApiKey.LastUsedResolution).ShouldRecordUseAt(Now));
    }
}
