using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Models;

/// <summary>Editing models and versions through the API: stale saves, immutable versions, retirement.</summary>
public sealed class ModelEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private HttpClient Api()
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient api, string key)
    {
        using var created = await api.PostAsJsonAsync("/api/v1/models", new
        {
            key,
            name = "Churn predictor",
            ownerTeam = "Customer Experience",
            riskTier = "Limited",
            dataClassification = "Internal",
            tags = "Churn, CRM",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient api, string key, string version) =>
        api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new
        {
            version,
            artifactUri = $"s3://models/churn/{version}.onnx",
            sha256 = Sha,
            encryptionAtRest = "PlatformManaged",
        });

    private static object Edit(JsonElement model, string name, string? token = null) => new
    {
        name,
        ownerTeam = "Fraud Analytics",
        riskTier = "HighRisk",
        dataClassification = "Confidential",
        purpose = "Predicts churn",
        tags = model.GetProperty("tags").GetString(),
        concurrencyToken = token ?? model.GetProperty("concurrencyToken").GetString(),
    };

    [Fact]
    public async Task ASaveOnAStaleCopyIsRefusedAndTheFirstSaveStays()
    {
        using var api = Api();
        var model = await CreateAsync(api, "churn-stale");
        Assert.Equal("churn crm", model.GetProperty("tags").GetString());

        using var first = await api.PutAsJsonAsync("/api/v1/models/churn-stale", Edit(model, "First edit"));
        var auditBefore = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        using var second = await api.PutAsJsonAsync("/api/v1/models/churn-stale", Edit(model, "Second edit on the old copy"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Someone else changed this", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/churn-stale");
        Assert.Equal("First edit", stored.GetProperty("name").GetString());
        Assert.Equal("Fraud Analytics", stored.GetProperty("ownerTeam").GetString());
        Assert.Equal(auditBefore, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Action == "AiModel.Updated")));
    }

    [Fact]
    public async Task AnInvalidEditNamesTheFieldsAndWritesNothing()
    {
        using var api = Api();
        var model = await CreateAsync(api, "churn-invalid");
        var auditBefore = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        using var response = await api.PutAsJsonAsync("/api/v1/models/churn-invalid", new
        {
            name = "x",
            ownerTeam = "No Such Team",
            riskTier = "Extreme",
            dataClassification = "Internal",
            concurrencyToken = model.GetProperty("concurrencyToken").GetString(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("ownerTeam", out _));
        Assert.True(errors.TryGetProperty("riskTier", out _));
        Assert.Equal(auditBefore, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    [Fact]
    public async Task DraftsCanBeCorrectedButApprovedVersionsAnswerConflict()
    {
        using var api = Api();
        await CreateAsync(api, "churn-versions");
        using var registered = await RegisterAsync(api, "churn-versions", "1.0.0");
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var correction = new { artifactUri = "s3://models/churn/1.0.0-fixed.onnx", sha256 = Sha, encryptionAtRest = "CustomerManagedKey", keyReference = "https://vault.example/keys/churn", notes = "Re-exported" };

        using var corrected = await api.PutAsJsonAsync("/api/v1/models/churn-versions/versions/1.0.0", correction);
        using var submitted = await api.PostAsync("/api/v1/models/churn-versions/versions/1.0.0/submit", null);
        using var reviewer = await factory.ReviewerApiAsync();
        using var approved = await reviewer.PostAsync("/api/v1/models/churn-versions/versions/1.0.0/approve", null);
        using var editAfterApproval = await api.PutAsJsonAsync("/api/v1/models/churn-versions/versions/1.0.0", correction);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("CustomerManagedKey", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("encryptionAtRest").GetString());
        Assert.Equal("InReview", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, editAfterApproval.StatusCode);
    }

    [Fact]
    public async Task AReviewerCannotApproveAnArtifactCorrectedSinceTheyReadIt()
    {
        using var api = Api();
        await CreateAsync(api, "churn-review");
        using var registered = await RegisterAsync(api, "churn-review", "2.0.0");
        var read = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concurrencyToken").GetString();

        // Someone swaps the artifact after the reviewer read the version.
        using var swapped = await api.PutAsJsonAsync("/api/v1/models/churn-review/versions/2.0.0", new
        {
            artifactUri = "s3://models/churn/2.0.0-other.onnx",
            sha256 = new string('b', 64),
            encryptionAtRest = "PlatformManaged",
            concurrencyToken = read,
        });
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        using var reviewer = await factory.ReviewerApiAsync();
        using var staleApproval = await reviewer.PostAsync($"/api/v1/models/churn-review/versions/2.0.0/approve?concurrencyToken={read}", null);
        using var staleCorrection = await api.PutAsJsonAsync("/api/v1/models/churn-review/versions/2.0.0", new
        {
            artifactUri = "s3://models/churn/2.0.0.onnx",
            sha256 = Sha,
            encryptionAtRest = "PlatformManaged",
            concurrencyToken = read,
        });
        var afterRefusals = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        var current = (await swapped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concurrencyToken").GetString();
        using var approval = await reviewer.PostAsync($"/api/v1/models/churn-review/versions/2.0.0/approve?concurrencyToken={current}", null);

        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleApproval.StatusCode);
        Assert.Contains("Someone else changed this", (await staleApproval.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, staleCorrection.StatusCode);
        Assert.Equal(audit, afterRefusals);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var approved = await approval.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        Assert.Equal(new string('b', 64), approved.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task AVersionThatStillRunsCannotBeRetired()
    {
        using var api = Api();
        using var reviewer = await factory.ReviewerApiAsync();
        await CreateAsync(api, "churn-retire");
        foreach (var version in new[] { "1.0.0", "1.1.0" })
        {
            using var registered = await api.PostAsJsonAsync("/api/v1/models/churn-retire/versions", new { version, artifactUri = $"s3://m/{version}", sha256 = Sha, encryptionAtRest = "PlatformManaged" });
            using var approved = await reviewer.PostAsync($"/api/v1/models/churn-retire/versions/{version}/approve", null);
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using var deployed = await api.PostAsJsonAsync("/api/v1/models/churn-retire/deployments", new
        {
            environment = "Staging",
            version = "1.1.0",
            endpoint = "https://ml.example.internal/churn",
            authMode = "ApiKey",
            inputValidation = true,
            monitoring = true,
            logging = true,
        });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);

        using var retireRunning = await api.PostAsync("/api/v1/models/churn-retire/versions/1.1.0/retire", null);
        using var retireIdle = await api.PostAsync("/api/v1/models/churn-retire/versions/1.0.0/retire", null);

        Assert.Equal(HttpStatusCode.Conflict, retireRunning.StatusCode);
        Assert.Equal("Retired", (await retireIdle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }
}
