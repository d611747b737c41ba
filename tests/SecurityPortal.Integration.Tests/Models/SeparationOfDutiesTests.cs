using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Models;

public sealed class SeparationOfDutiesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static HttpClient Api(PortalFactory portal)
    {
        var client = SignedInClient.Anonymous(portal);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static async Task RegisterAsync(HttpClient api, string key)
    {
        using var created = await api.PostAsJsonAsync("/api/v1/models", new { key, name = "Separation check", ownerTeam = "Fraud Analytics", riskTier = "HighRisk", dataClassification = "Confidential" });
        using var registered = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version = "1.0.0", artifactUri = $"s3://models/{key}/1.0.0.onnx", sha256 = Sha, encryptionAtRest = "PlatformManaged" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }

    [Fact]
    public async Task TheKeyThatRegisteredAVersionMayNotApproveItAndNothingIsWritten()
    {
        using var api = Api(factory);
        await RegisterAsync(api, "sod-own");
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        using var own = await api.PostAsync("/api/v1/models/sod-own/versions/1.0.0/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        var problem = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("apikey:demo-admin registered version 1.0.0, so someone else must approve it (separation of duties).", problem.GetProperty("detail").GetString());
        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
        var version = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/sod-own/versions");
        Assert.Equal("Draft", version.EnumerateArray().Single().GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnotherReviewerApprovesAndIsRecordedAsTheApprover()
    {
        using var api = Api(factory);
        await RegisterAsync(api, "sod-other");
        using var reviewer = await factory.ReviewerApiAsync();

        using var approved = await reviewer.PostAsync("/api/v1/models/sod-other/versions/1.0.0/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var body = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("apikey:release reviewer", body.GetProperty("approvedBy").GetString());
        Assert.Equal("apikey:demo-admin", body.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task SwitchedOffTheRegistrantMayApprove()
    {
        using var portal = new PortalFactory { ExtraSettings = { ["Portal:Models:RequireSeparateApprover"] = "false" } };
        using var api = Api(portal);
        await RegisterAsync(api, "sod-off");

        using var own = await api.PostAsync("/api/v1/models/sod-off/versions/1.0.0/approve", null);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
