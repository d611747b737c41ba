using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Models;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Models;

public sealed class ModelsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private HttpClient Api()
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static async Task<string> CreateModelAsync(HttpClient api)
    {
        var key = $"model-{Guid.NewGuid():N}"[..20];
        using var created = await api.PostAsJsonAsync("/api/v1/models", new
        {
            key,
            name = "Fraud scorer",
            ownerTeam = "Fraud Analytics",
            riskTier = "HighRisk",
            dataClassification = "Confidential",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return key;
    }

    private async Task RegisterAndApproveAsync(HttpClient api, string key, string version)
    {
        using var registered = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new
        {
            version,
            artifactUri = $"s3://models/{key}/{version}.onnx",
            sha256 = Sha,
            encryptionAtRest = "PlatformManaged",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        using var reviewer = await factory.ReviewerApiAsync();
        using var approved = await reviewer.PostAsync($"/api/v1/models/{key}/versions/{version}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    private static Task<HttpResponseMessage> DeployAsync(HttpClient api, string key, string version) =>
        api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", new
        {
            environment = "Production",
            version,
            endpoint = $"https://ml.example.internal/{key}",
            authMode = "OAuth2",
            inputValidation = true,
            monitoring = true,
            logging = true,
        });

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task DeployDeployRollbackAndAskWhatRanWhen()
    {
        using var api = Api();
        var key = await CreateModelAsync(api);
        await RegisterAndApproveAsync(api, key, "1.0.0");
        await RegisterAndApproveAsync(api, key, "1.1.0");

        using var first = await DeployAsync(api, key, "1.0.0");
        var afterFirst = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        using var second = await DeployAsync(api, key, "1.1.0");
        var afterSecond = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        using var rollback = await api.PostAsJsonAsync($"/api/v1/models/{key}/rollback", new { environment = "Production", reason = "Drift in fraud scores after 1.1.0", expectedVersion = "1.1.0" });

        var now = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production");
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production/history");
        var atFirst = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production?at={Uri.EscapeDataString(afterFirst.AddMinutes(30).ToString("O"))}");
        var atSecond = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}/deployments/Production?at={Uri.EscapeDataString(afterSecond.AddMinutes(30).ToString("O"))}");
        var deploymentAudit = await factory.WithDbAsync(async db =>
        {
            var modelId = await db.Models.Where(m => m.Key == key).Select(m => m.Id).SingleAsync();
            var eventIds = (await db.DeploymentEvents.Where(e => e.ModelId == modelId).Select(e => e.Id).ToListAsync()).Select(id => id.ToString()).ToList();
            return await db.AuditLog.CountAsync(e => e.EntityType == "DeploymentEvent" && e.Actor == "apikey:demo-admin" && eventIds.Contains(e.EntityId));
        });
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("test:verify", null);
        var chain = await scope.ServiceProvider.GetRequiredService<AuditChainVerification>().VerifyAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal("1.0.0", now.GetProperty("version").GetString());
        Assert.Equal(3, history.GetArrayLength());
        Assert.Equal(["Deploy", "Deploy", "Rollback"], history.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("Drift in fraud scores after 1.1.0", history[2].GetProperty("reason").GetString());
        Assert.Equal("1.0.0", atFirst.GetProperty("version").GetString());
        Assert.Equal("1.1.0", atSecond.GetProperty("version").GetString());
        Assert.Equal(3, deploymentAudit);
        Assert.True(chain.IsIntact);
    }

    [Fact]
    public async Task BadInputAnswersProblemDetailsAndWritesNothing()
    {
        using var api = Api();
        var key = await CreateModelAsync(api);
        await RegisterAndApproveAsync(api, key, "1.0.0");
        using (var draft = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version = "2.0.0", artifactUri = "s3://m/2.onnx", sha256 = Sha, encryptionAtRest = "None" }))
        {
            Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        }

        var before = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        using var badSha = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version = "3.0.0", artifactUri = "s3://m/3.onnx", sha256 = "abc", encryptionAtRest = "None" });
        using var duplicate = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version = "1.0.0", artifactUri = "s3://m/1.onnx", sha256 = Sha, encryptionAtRest = "None" });
        using var deployDraft = await DeployAsync(api, key, "2.0.0");
        using var noReason = await api.PostAsJsonAsync($"/api/v1/models/{key}/rollback", new { environment = "Production", expectedVersion = "1.1.0" });
        using var unknownEnvironment = await api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", new { environment = "Moon", version = "1.0.0", endpoint = "https://x.example/m", authMode = "None" });
        using var huge = await api.PostAsync($"/api/v1/models/{key}/versions", new StringContent(new string('x', 5 * 1024 * 1024), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, badSha.StatusCode);
        Assert.True((await ProblemAsync(badSha)).GetProperty("errors").TryGetProperty("sha256", out _));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("already registered", (await ProblemAsync(duplicate)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, deployDraft.StatusCode);
        Assert.Contains("only approved versions", (await ProblemAsync(deployDraft)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await ProblemAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownEnvironment.StatusCode);
        Assert.True((await ProblemAsync(unknownEnvironment)).GetProperty("errors").TryGetProperty("environment", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(413, (await ProblemAsync(huge)).GetProperty("status").GetInt32());
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    [Fact]
    public async Task ModelsCanBeListedAndSearched()
    {
        using var api = Api();
        var key = await CreateModelAsync(api);

        var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models?search={key}&page=1&pageSize=10");
        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{key}");
        using var missing = await api.GetAsync("/api/v1/models/no-such-model");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal("Fraud Analytics", one.GetProperty("ownerTeam").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheAwaitingReviewFilterKeepsModelsWithAVersionInReview()
    {
        using var api = Api();
        var expected = await factory.WithDbAsync(db => db.Models
            .Where(m => db.ModelVersions.Any(v => v.ModelId == m.Id && v.State == Core.Models.ModelVersionState.InReview))
            .Select(m => m.Key).OrderBy(k => k).ToListAsync());

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?awaitingReview=true&sortBy=Key&pageSize=200");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("key").GetString()!));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task SearchTreatsWildcardsLiterally(string wildcard)
    {
        using var api = Api();
        await CreateModelAsync(api);

        var all = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?pageSize=1");
        var literal = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models?search={Uri.EscapeDataString(wildcard)}");

        Assert.True(all.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, literal.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SortingByRiskTierPutsTheMostSevereFirst()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var inventory = scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Features.Models.ModelInventory>();

        var page = await inventory.ListAsync(new ModelListQuery(SortBy: "RiskTier", Descending: true), 1, 200);

        var order = new[] { RiskTier.Prohibited, RiskTier.HighRisk, RiskTier.GeneralPurpose, RiskTier.Limited, RiskTier.Minimal };
        var ranks = page.Items.Select(m => Array.IndexOf(order, m.RiskTier)).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(RiskTier.HighRisk, page.Items[0].RiskTier);
    }
}
