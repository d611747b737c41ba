using System.Net;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

public sealed class LockoutAndRateLimitTests
{
    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountWithoutSayingSo()
    {
        using var portal = new PortalFactory();
        using var client = SignedInClient.Anonymous(portal);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SignedInClient.PostSignInAsync(client, "lead@demo.local", "wrong-password-123");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await SignedInClient.PostSignInAsync(client, "lead@demo.local", PortalFactory.DemoPassword);
        var page = await right.Content.ReadAsStringAsync();
        var lockoutEnd = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == "lead@demo.local").Select(u => u.LockoutEnd).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Sign-in failed.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", page, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(lockoutEnd);
    }

    [Fact]
    public async Task TooManySignInAttemptsFromOneAddressGet429WithRetryAfter()
    {
        using var portal = new PortalFactory { SignInPerMinute = 3 };
        using var client = SignedInClient.Anonymous(portal);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await SignedInClient.PostSignInAsync(client, "nobody@demo.local", "whatever-123");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignedInClient.PostSignInAsync(client, "nobody@demo.local", "whatever-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task AnApiKeyOverItsRateGets429ProblemDetailsWithRetryAfter()
    {
        using var portal = new PortalFactory { ExtraSettings = new() { ["Security:RateLimits:ApiPerMinute"] = "2" } };
        using var client = SignedInClient.Anonymous(portal);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);

        using var first = await client.GetAsync("/api/v1/me");
        using var second = await client.GetAsync("/api/v1/me");
        using var third = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.True(third.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task FiftyDistinctInvalidKeysFromOneAddressAreLimitedAndAValidKeyThereWaits()
    {
        using var portal = new PortalFactory { ExtraSettings = new() { ["Security:RateLimits:FailedAuthenticationsPerMinute"] = "20" } };
        using var client = SignedInClient.Anonymous(portal);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Add("X-Api-Key", $"spk_guess{attempt:D4}{Guid.NewGuid():N}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        using var valid = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        valid.Headers.Add("X-Api-Key", PortalFactory.DemoApiKey);
        using var afterwards = await client.SendAsync(valid);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 20), statuses.Take(20));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 30), statuses.Skip(20));
        Assert.Equal(HttpStatusCode.TooManyRequests, afterwards.StatusCode);
        Assert.Equal("application/problem+json", afterwards.Content.Headers.ContentType?.MediaType);
        Assert.True(afterwards.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task ValidKeysDoNotUseUpTheFailureBudget()
    {
        using var portal = new PortalFactory { ExtraSettings = new() { ["Security:RateLimits:FailedAuthenticationsPerMinute"] = "2" } };
        using var client = SignedInClient.Anonymous(portal);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var response = await client.GetAsync("/api/v1/me");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
