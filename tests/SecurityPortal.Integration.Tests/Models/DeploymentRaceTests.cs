using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Models;

/// <summary>
/// Twenty requests at once at one deployment: one change per distinct intent wins, the rest answer 409 (or,
/// arriving after the winner, find the change made and say so), none answers 500, and afterwards the
/// history's last event and "what runs now" name the version that runs.
/// </summary>
public sealed class DeploymentRaceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const int Parallel = 20;

    private HttpClient Api()
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static object Deploy(string version, bool monitoring = true) => new
    {
        environment = "Production",
        version,
        endpoint = "https://ml.example.internal/race",
        authMode = "OAuth2",
        inputValidation = true,
        monitoring,
        logging = true,
    };

    /// <summary>A model whose Production runs 1.1.0 (after 1.0.0), with 1.2.0 approved and ready.</summary>
    private async Task<string> ModelRunning110Async(HttpClient api)
    {
        var key = $"race-{Guid.NewGuid():N}"[..16];
        using var reviewer = await factory.ReviewerApiAsync();
        using var created = await api.PostAsJsonAsync("/api/v1/models", new { key, name = "Race", ownerTeam = "Fraud Analytics", riskTier = "Limited", dataClassification = "Internal" });
        foreach (var version in new[] { "1.0.0", "1.1.0", "1.2.0" })
        {
            using var registered = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version, artifactUri = $"s3://m/{key}/{version}", sha256 = Sha, encryptionAtRest = "PlatformManaged" });
            using var approved = await reviewer.PostAsync($"/api/v1/models/{key}/versions/{version}/approve", null);
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        foreach (var version in new[] { "1.0.0", "1.1.0" })
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            using var deployed = await api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", Deploy(version));
            Assert.True(deployed.IsSuccessStatusCode, await deployed.Content.ReadAsStringAsync());
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        return key;
    }

    private static async Task<List<(HttpStatusCode Status, bool Unchanged)>> AllAtOnceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests)
    {
        var responses = await Task.WhenAll(requests.Select(r => Task.Run(r)));
        var outcomes = new List<(HttpStatusCode, bool)>();
        foreach (var response in responses)
        {
            // A 500 fails the test with what the portal said, to make the cause plain.
            Assert.True((int)response.StatusCode < 500, await response.Content.ReadAsStringAsync());
            var unchanged = response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("unchanged", out var flag) && flag.GetBoolean();
            outcomes.Add((response.StatusCode, unchanged));
            response.Dispose();
        }

        return outcomes;
    }

    private async Task AssertHistoryAgreesAsync(HttpClient api, string key, string expected)
    {
        var now = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production");
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production/history");
        var at = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production?at={Uri.EscapeDataString(factory.Clock.GetUtcNow().ToString("O"))}");
        Assert.Equal(expected, now.GetProperty("version").GetString());
        Assert.Equal(expected, history.EnumerateArray().Last().GetProperty("toVersion").GetString());
        Assert.Equal(expected, at.GetProperty("version").GetString());
    }

    private Task<int> EventsAsync(string key) =>
        factory.WithDbAsync(db => db.DeploymentEvents.CountAsync(e => db.Models.Any(m => m.Id == e.ModelId && m.Key == key)));

    [Fact]
    public async Task TwentyParallelDeploysOfOneVersionMakeOneChange()
    {
        using var api = Api();
        var key = await ModelRunning110Async(api);
        var events = await EventsAsync(key);

        var outcomes = await AllAtOnceAsync(Enumerable.Range(0, Parallel).Select(_ => (Func<Task<HttpResponseMessage>>)(() => api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", Deploy("1.2.0")))));

        Assert.DoesNotContain(outcomes, o => (int)o.Status >= 500);
        Assert.Single(outcomes, o => o.Status == HttpStatusCode.OK && !o.Unchanged);
        Assert.All(outcomes.Where(o => !(o.Status == HttpStatusCode.OK && !o.Unchanged)), o => Assert.True(o.Status == HttpStatusCode.Conflict || o.Unchanged));
        Assert.Equal(events + 1, await EventsAsync(key));
        await AssertHistoryAgreesAsync(api, key, "1.2.0");
    }

    [Fact]
    public async Task ARedeployRacingARealDeployNeverLeavesAHistoryThatDidNotRun()
    {
        using var api = Api();
        for (var trial = 0; trial < 10; trial++)
        {
            var key = await ModelRunning110Async(api);

            var outcomes = await AllAtOnceAsync(
            [
                () => api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", Deploy("1.1.0", monitoring: false)),
                () => api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", Deploy("1.2.0")),
            ]);

            Assert.DoesNotContain(outcomes, o => (int)o.Status >= 500);
            var running = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production")).GetProperty("version").GetString()!;
            await AssertHistoryAgreesAsync(api, key, running);
        }
    }

    [Fact]
    public async Task TwentyIdenticalRollbacksRollBackOnceAndRetriesSaySoInsteadOfReinstallingTheBadVersion()
    {
        using var api = Api();
        var key = await ModelRunning110Async(api);
        var events = await EventsAsync(key);
        var rollback = new { environment = "Production", reason = "Scores drifted after 1.1.0", expectedVersion = "1.1.0" };

        var outcomes = await AllAtOnceAsync(Enumerable.Range(0, Parallel).Select(_ => (Func<Task<HttpResponseMessage>>)(() => api.PostAsJsonAsync($"/api/v1/models/{key}/rollback", rollback))));
        using var retried = await api.PostAsJsonAsync($"/api/v1/models/{key}/rollback", rollback);

        Assert.DoesNotContain(outcomes, o => (int)o.Status >= 500);
        Assert.Single(outcomes, o => o.Status == HttpStatusCode.OK && !o.Unchanged);
        Assert.All(outcomes.Where(o => !(o.Status == HttpStatusCode.OK && !o.Unchanged)), o => Assert.True(o.Status == HttpStatusCode.Conflict || o.Unchanged));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.True((await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetBoolean());
        Assert.Equal(events + 1, await EventsAsync(key));
        await AssertHistoryAgreesAsync(api, key, "1.0.0");
    }

    [Fact]
    public async Task ARollbackWithoutWhatItExpectsOrWhereItGoesIsRefusedAndWritesNothing()
    {
        using var api = Api();
        var key = await ModelRunning110Async(api);
        var events = await EventsAsync(key);

        using var blind = await api.PostAsJsonAsync($"/api/v1/models/{key}/rollback", new { environment = "Production", reason = "No idea what runs" });

        Assert.Equal(HttpStatusCode.BadRequest, blind.StatusCode);
        Assert.Contains("expectedVersion", await blind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(events, await EventsAsync(key));
    }
}
