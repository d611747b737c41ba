using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Tests.ApiKeys;

public sealed class ApiKeyRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AGoodRequestPasses()
    {
        var request = new ApiKeyRequest("release pipeline", [ApiScopes.ModelsWrite], Now.AddDays(90));

        request.Validate(Now);

        Assert.Equal("release pipeline", request.Name);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("   ")]
    public void ATooShortNameIsRefused(string name)
    {
        var error = Assert.Throws<ValidationFailedException>(() => new ApiKeyRequest(name, [ApiScopes.Admin], null).Validate(Now));

        Assert.Equal(["Name"], error.Errors.Keys);
    }

    [Fact]
    public void NoScopesOrAnUnknownScopeIsRefused()
    {
        Assert.Contains("Scopes", Assert.Throws<ValidationFailedException>(() => new ApiKeyRequest("pipeline", [], null).Validate(Now)).Errors.Keys);
        Assert.Contains("not a scope", Assert.Throws<ValidationFailedException>(() => new ApiKeyRequest("pipeline", ["root"], null).Validate(Now)).Errors["Scopes"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiryMustBeInTheFutureAndWithinTwoYears()
    {
        Assert.Throws<ValidationFailedException>(() => new ApiKeyRequest("pipeline", [ApiScopes.Admin], Now).Validate(Now));
        Assert.Throws<ValidationFailedException>(() => new ApiKeyRequest("pipeline", [ApiScopes.Admin], Now.AddDays(ApiKeyRequest.MaxLifetimeDays + 1)).Validate(Now));
    }
}
