using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Api;

public sealed class ApiKeyAuthenticationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private HttpClient Client(string? key)
    {
        var client = SignedInClient.Anonymous(factory);
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private async Task<string> IssueKeyAsync(string scopes, DateTimeOffset? expiresAt = null, bool revoked = false)
    {
        var secret = ApiKeySecret.Generate();
        await factory.WithDbAsync(db =>
        {
            db.ApiKeys.Add(new ApiKey
            {
                Name = $"test-{Guid.NewGuid():N}",
                DisplayPrefix = ApiKeySecret.DisplayPrefixOf(secret),
                SecretHash = ApiKeySecret.Hash(secret),
                Scopes = scopes,
                ExpiresAt = expiresAt,
                RevokedAt = revoked ? factory.Clock.GetUtcNow() : null,
                RevokedBy = revoked ? "admin@demo.local" : null,
            });
            return db.SaveChangesAsync();
        });
        return secret;
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    [Theory]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/teams")]
    [InlineData("/api/v1/audit-log")]
    [InlineData("/api/v1/no-such-resource")]
    public async Task WithoutAKeyEveryApiAddressAnswers401ProblemDetails(string path)
    {
        using var client = Client(key: null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await ProblemOf(response)).GetProperty("status").GetInt32());
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeededDemoKeyReachesTheApi()
    {
        using var client = Client(PortalFactory.DemoApiKey);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        using var teams = await client.GetAsync("/api/v1/teams");
        using var audit = await client.GetAsync("/api/v1/audit-log?take=5");

        Assert.Equal("apikey:demo-admin", me.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal(5, (await audit.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }

    [Fact]
    public async Task AnUnknownApiAddressIsA404ProblemForAValidKey()
    {
        using var client = Client(PortalFactory.DemoApiKey);

        using var response = await client.GetAsync("/api/v1/no-such-resource");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await ProblemOf(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AWrongKeyIsRefused()
    {
        using var client = Client("spk_ThisKeyWasNeverIssuedByThePortal0000000000");

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not valid", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedAndSaysSo()
    {
        using var client = Client(await IssueKeyAsync(ApiScopes.Admin, revoked: true));

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredKeyIsRefusedAndSaysSo()
    {
        using var client = Client(await IssueKeyAsync(ApiScopes.Admin, expiresAt: factory.Clock.GetUtcNow().AddMinutes(-1)));

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyOutsideItsScopeGets403()
    {
        using var client = Client(await IssueKeyAsync(ApiScopes.TeamsRead));

        using var allowed = await client.GetAsync("/api/v1/teams");
        using var refused = await client.GetAsync("/api/v1/audit-log");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(403, (await ProblemOf(refused)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UseOfAKeyIsRecorded()
    {
        var secret = await IssueKeyAsync(ApiScopes.TeamsRead);
        using var client = Client(secret);

        await client.GetAsync("/api/v1/teams");

        var hash = ApiKeySecret.Hash(secret);
        var key = await factory.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.SecretHash == hash));
        Assert.Equal(factory.Clock.GetUtcNow(), key.LastUsedAt);
    }

    [Fact]
    public async Task AnOutOfRangePageSizeIsA400WithTheFieldNamed()
    {
        using var client = Client(PortalFactory.DemoApiKey);

        using var response = await client.GetAsync("/api/v1/audit-log?take=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemOf(response)).GetProperty("errors").TryGetProperty("take", out _));
    }

    [Fact]
    public async Task ManyRequestsWithOneKeyWhoseUseIsDueToBeRecordedAllSucceed()
    {
        using var client = Client(await IssueKeyAsync(ApiScopes.Admin));
        using var first = await client.GetAsync("/api/v1/me");
        // Past the interval after which a key's use is recorded again: every request now wants to save it.
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => client.GetAsync("/api/v1/me"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
