using System.Net;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>
/// Entra ID mode with a made-up tenant. Nothing here talks to Microsoft: the portal must start, send
/// people to its sign-in page with the Microsoft button, and keep API keys working.
/// </summary>
public sealed class EntraIdModeTests : IDisposable
{
    private readonly PortalFactory _portal = new()
    {
        ExtraSettings = new()
        {
            ["Authentication:Mode"] = "EntraId",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "11111111-2222-3333-4444-555555555555",
            ["AzureAd:ClientId"] = "66666666-7777-8888-9999-000000000000",
            ["AzureAd:CallbackPath"] = "/signin-oidc",
            ["Authentication:EntraId:RoleMap:Portal.Admins"] = "Administrator",
        },
    };

    [Fact]
    public async Task PeopleAreSentToTheSignInPageWhichOffersMicrosoftSignIn()
    {
        using var client = SignedInClient.Anonymous(_portal);

        using var home = await client.GetAsync("/");
        var signIn = await client.GetStringAsync(home.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/sign-in", home.Headers.Location.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("Sign in with Microsoft", signIn, StringComparison.Ordinal);
        Assert.Contains("/account/sign-in/entra?returnUrl=%2F", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeysKeepWorking()
    {
        using var client = SignedInClient.Anonymous(_portal);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
