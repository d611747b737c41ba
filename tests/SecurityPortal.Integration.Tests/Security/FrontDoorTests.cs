using System.Net;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

public sealed class FrontDoorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/models")]
    [InlineData("/admin")]
    [InlineData("/hangfire")]
    public async Task AnonymousVisitorsAreSentToSignIn(string path)
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPageAndItsAssetsAreOpenToAnonymousVisitors()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var page = await client.GetAsync("/account/sign-in");
        using var css = await client.GetAsync("/css/portal.css");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task AdministratorReachesTheJobDashboard()
    {
        using var client = await SignedInClient.SignInAsync(factory, "admin@demo.local");

        using var response = await client.GetAsync("/hangfire");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Contains("SecurityPortal jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("staff@demo.local")]
    [InlineData("officer@demo.local")]
    public async Task OtherRolesAreDeniedTheJobDashboard(string email)
    {
        using var client = await SignedInClient.SignInAsync(factory, email);

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInUserSeesTheShell()
    {
        using var client = await SignedInClient.SignInAsync(factory, "officer@demo.local");

        var page = await client.GetStringAsync("/");

        Assert.Contains("SecurityPortal", page, StringComparison.Ordinal);
        Assert.Contains("Dashboard", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordAndUnknownAccountGetTheSameAnswer()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var wrongPassword = await SignedInClient.PostSignInAsync(client, "compliance@demo.local", "not-the-password");
        using var unknownAccount = await SignedInClient.PostSignInAsync(client, "nobody@demo.local", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownAccount.StatusCode);
        Assert.Contains("Sign-in failed.", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Sign-in failed.", await unknownAccount.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(wrongPassword.Headers.Contains("Set-Cookie") && wrongPassword.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("portal.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UnknownAddressShowsTheNotFoundPage()
    {
        using var client = await SignedInClient.SignInAsync(factory, "officer@demo.local");

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponseEchoesTheCallersCorrelationId()
    {
        using var client = SignedInClient.Anonymous(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/models");
        request.Headers.Add("X-Correlation-Id", "ticket-4711");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("ticket-4711", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Theory]
    [InlineData("/%C3%A9", "/%C3%A9")]
    [InlineData("/models?search=caf%C3%A9", "/models?search=caf%C3%A9")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    public async Task AfterSignInOnlySafeLocalAddressesAreFollowed(string returnUrl, string expected)
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await SignedInClient.PostFormAsync(client, $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}", "sign-in",
            new() { ["Input.Email"] = "officer@demo.local", ["Input.Password"] = PortalFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("localhost", location.IsAbsoluteUri ? location.Host : "localhost");
        Assert.Equal(expected, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }
}
