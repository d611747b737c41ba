using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Audits;

namespace SecurityPortal.Integration.Tests.Audits;

/// <summary>
/// "Start from last cycle" with a fake clock: between two monthly cycles one version is deployed and one evidence item
/// expires, and exactly the two items those facts bear on are marked and left to answer; the rest carry over.
/// </summary>
public sealed class StartFromLastCycleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    // SP-05.3 depends on what is deployed; SP-03.3 gets the evidence that expires; SP-01.1 and SP-10.4 see no change.
    private static readonly string[] Checklist = ["SP-01.1", "SP-03.3", "SP-05.3", "SP-10.4"];

    private static object Deploy(string version) => new
    {
        environment = "Production",
        version,
        endpoint = "https://ml.example.internal/cycles",
        authMode = "OAuth2",
        inputValidation = true,
        monitoring = true,
        logging = true,
    };

    [Fact]
    public async Task ExactlyTheItemsWhoseFactsChangedSinceTheSignOffAreMarked()
    {
        using var api = AuditApi.Client(factory);
        using var reviewer = await factory.ReviewerApiAsync();
        const string key = "cycle-model";
        using (var created = await api.PostAsJsonAsync("/api/v1/models", new { key, name = "Cycle model", ownerTeam = "Fraud Analytics", riskTier = "Limited", dataClassification = "Internal" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        foreach (var version in new[] { "1.0.0", "1.1.0" })
        {
            using var registered = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version, artifactUri = $"s3://m/{key}/{version}", sha256 = Sha, encryptionAtRest = "PlatformManaged" });
            using var approved = await reviewer.PostAsync($"/api/v1/models/{key}/versions/{version}/approve", null);
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using (var deployed = await api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", Deploy("1.0.0")))
        {
            Assert.True(deployed.IsSuccessStatusCode, await deployed.Content.ReadAsStringAsync());
        }

        // Evidence for SP-03.3 that is current at the sign-off and expires before the next cycle.
        using (var evidence = await api.PostAsJsonAsync($"/api/v1/models/{key}/controls/SP-03.3/evidence", new
        {
            kind = "Link",
            title = "Key rotation report",
            url = "https://ci.example.internal/cycle-model/rotation",
            expiresAt = new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero),
        }))
        {
            Assert.True(evidence.IsSuccessStatusCode, await evidence.Content.ReadAsStringAsync());
        }

        // November's cycle (due 30 November, open since the 20th): answered and signed off.
        var plan = AuditApi.Id(await AuditApi.CreatePlanAsync(api, new
        {
            title = "Monthly check of the cycle model",
            recurrence = "Monthly",
            anchorOn = "2026-11-30",
            leadDays = 10,
            leadAuditor = "compliance@demo.local",
            models = new[] { key },
            controls = Checklist,
        }));
        var november = AuditApi.Id((await AuditApi.AuditsAsync(api, $"plan={plan}")).Single());
        factory.Clock.Advance(TimeSpan.FromHours(1));
        foreach (var code in Checklist)
        {
            await AuditApi.AnswerAsync(api, november, code, "Pass", $"{code} holds.");
        }

        await AuditApi.SignOffAsync(api, november);

        // Before December's cycle opens: a new version goes live, and the rotation report's validity runs out.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));
        using (var redeployed = await api.PostAsJsonAsync($"/api/v1/models/{key}/deployments", Deploy("1.1.0")))
        {
            Assert.True(redeployed.IsSuccessStatusCode, await redeployed.Content.ReadAsStringAsync());
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 22, 8, 0, 0, TimeSpan.Zero));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditScheduleJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(2, (await AuditApi.AuditsAsync(api, $"plan={plan}")).Count);

        var december = AuditApi.Id((await AuditApi.AuditsAsync(api, $"plan={plan}&status=Scheduled")).Single());
        using var started = await api.PostAsync($"/api/v1/audits/{december}/start-from-last-cycle", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var draft = await started.Content.ReadFromJsonAsync<JsonElement>();

        var items = AuditApi.Items(draft).ToDictionary(i => i.GetProperty("controlCode").GetString()!);
        var marked = items.Where(i => i.Value.GetProperty("changedSinceLastCycle").ValueKind == JsonValueKind.String).Select(i => i.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["SP-03.3", "SP-05.3"], marked);
        Assert.Equal("A version was deployed since the last sign-off.", items["SP-05.3"].GetProperty("changedSinceLastCycle").GetString());
        Assert.Equal("Evidence expired since the last sign-off.", items["SP-03.3"].GetProperty("changedSinceLastCycle").GetString());
        // Marked items keep last cycle's answer only as a reference; the rest carry it over.
        Assert.All(["SP-03.3", "SP-05.3"], code =>
        {
            Assert.Equal(JsonValueKind.Null, items[code].GetProperty("result").ValueKind);
            Assert.Equal("Pass", items[code].GetProperty("previousResult").GetString());
        });
        Assert.All(["SP-01.1", "SP-10.4"], code =>
        {
            Assert.Equal("Pass", items[code].GetProperty("result").GetString());
            Assert.Equal($"{code} holds.", items[code].GetProperty("note").GetString());
        });
        Assert.Equal(2, draft.GetProperty("answered").GetInt32());
        Assert.Equal(november, draft.GetProperty("startedFromAuditId").GetGuid());

        // Starting twice would overwrite answers: refused.
        using var twice = await api.PostAsync($"/api/v1/audits/{december}/start-from-last-cycle", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }
}
