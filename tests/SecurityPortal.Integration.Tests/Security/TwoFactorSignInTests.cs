using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Data.Identity;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

public sealed class TwoFactorSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> EnableAuthenticatorAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    private static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string location, string code) =>
        SignedInClient.PostFormAsync(client, location, "two-factor", new() { ["Input.Code"] = code });

    [Fact]
    public async Task WithAnAuthenticatorThePasswordAloneIsNotEnough()
    {
        var key = await EnableAuthenticatorAsync("compliance@demo.local");
        using var client = SignedInClient.Anonymous(factory);

        using var password = await SignedInClient.PostSignInAsync(client, "compliance@demo.local", PortalFactory.DemoPassword);
        var secondStep = new Uri(new Uri("http://localhost"), password.Headers.Location!).PathAndQuery;
        using var home = await client.GetAsync("/");
        using var wrong = await PostCodeAsync(client, secondStep, "000000");
        using var right = await PostCodeAsync(client, secondStep, Totp.Code(key, DateTimeOffset.UtcNow));
        using var afterwards = await client.GetAsync("/");

        Assert.StartsWith("/account/sign-in/two-factor", secondStep, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("That code did not work", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}
