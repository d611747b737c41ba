using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Assessments;

/// <summary>The assessment on the demo data, through the API and the job, against a real SQLite file.</summary>
public sealed class AssessmentRunTests
{
    // voice-transcriber runs in Production without authentication; chargeback-predictor's deployed 1.1.0 is not encrypted at rest.
    private const string Unauthenticated = "voice-transcriber";
    private const string Unencrypted = "chargeback-predictor";

    [Fact]
    public async Task ARunFindsTheDemoGapsResolvesWhatIsFixedReopensWhatReturnsAndNeverDuplicates()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);

        var first = await AssessmentHarness.RunAsync(factory, api);
        Assert.Equal("Succeeded", first.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("total").GetInt32(), first.GetProperty("done").GetInt32());
        var auth = Assert.Single(await AssessmentHarness.FindingsAsync(factory, Unauthenticated), f => f.RuleKey == AssessmentRuleKey.NoAuthentication && f.Environment == DeploymentEnvironment.Production);
        Assert.Equal((FindingSeverity.Critical, FindingStatus.Open, DeploymentEnvironment.Production), (auth.Severity, auth.Status, auth.Environment));
        Assert.Equal("SP-03.1", auth.ControlCode);
        var encryption = Assert.Single(await AssessmentHarness.FindingsAsync(factory, Unencrypted), f => f.RuleKey == AssessmentRuleKey.UnencryptedArtifact && f.Environment == DeploymentEnvironment.Production);
        Assert.Equal(FindingSeverity.High, encryption.Severity);
        Assert.Equal(auth.FirstSeenAt + TimeSpan.FromDays(7), auth.DueAt);

        var count = await AssessmentHarness.CountAsync(factory);
        var again = await AssessmentHarness.RunAsync(factory, api);
        Assert.Equal((0, 0, 0), (again.GetProperty("opened").GetInt32(), again.GetProperty("reopened").GetInt32(), again.GetProperty("resolved").GetInt32()));
        Assert.Equal(count, await AssessmentHarness.CountAsync(factory));

        using var secured = await api.PostAsJsonAsync($"/api/v1/models/{Unauthenticated}/deployments", Deploy("OAuth2"));
        secured.EnsureSuccessStatusCode();
        var afterFix = await AssessmentHarness.RunAsync(factory, api);
        Assert.True(afterFix.GetProperty("resolved").GetInt32() >= 1);
        var resolved = await api.GetFromJsonAsync<JsonElement>($"/api/v1/findings?model={Unauthenticated}&status=Resolved");
        var row = Assert.Single(resolved.GetProperty("items").EnumerateArray(), i => i.GetProperty("ruleKey").GetString() == AssessmentRuleKey.NoAuthentication);
        Assert.Equal(auth.Id, row.GetProperty("id").GetGuid());
        Assert.Equal("Assessment", row.GetProperty("source").GetString());
        Assert.Equal("Production", row.GetProperty("environment").GetString());
        Assert.Equal("Customer Experience", row.GetProperty("ownerTeam").GetString());

        using var exposed = await api.PostAsJsonAsync($"/api/v1/models/{Unauthenticated}/deployments", Deploy("None"));
        exposed.EnsureSuccessStatusCode();
        var reopenedRun = await AssessmentHarness.RunAsync(factory, api);
        Assert.True(reopenedRun.GetProperty("reopened").GetInt32() >= 1);
        var finding = await api.GetFromJsonAsync<JsonElement>($"/api/v1/findings/{auth.Id}");
        Assert.Equal("Open", finding.GetProperty("finding").GetProperty("status").GetString());
        var kinds = finding.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Opened", "Resolved", "Reopened"], kinds);
        Assert.Equal(count, await AssessmentHarness.CountAsync(factory));
        var audited = await factory.WithDbAsync(db => db.AuditLog.CountAsync(e => e.EntityType == "Finding" && e.EntityId == auth.Id.ToString()));
        Assert.True(audited >= 3, "opened, resolved and reopened are each in the audit log");
    }

    [Fact]
    public async Task AScoreIsKeptPerRunOnlyWhenItChangesAndTeamsGetOneScorePerRun()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);
        var before = await factory.WithDbAsync(db => db.ModelScores.CountAsync());

        var run = await AssessmentHarness.RunAsync(factory, api);

        Assert.Equal(before, await factory.WithDbAsync(db => db.ModelScores.CountAsync()));
        var runId = run.GetProperty("id").GetGuid();
        var teams = await factory.WithDbAsync(db => db.TeamScores.CountAsync(s => s.RunId == runId));
        var teamsWithModels = await factory.WithDbAsync(db => db.Models.Select(m => m.OwnerTeamId).Distinct().CountAsync());
        Assert.Equal(teamsWithModels, teams);
        Assert.InRange(run.GetProperty("averageScore").GetInt32(), 0, 99);
    }

    [Fact]
    public async Task ASecondRunWhileOneIsQueuedIsRefusedWithAClearConflict()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);
        using var first = await api.PostAsync("/api/v1/assessments/runs", null);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var second = await api.PostAsync("/api/v1/assessments/runs", null);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already queued", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AssessmentRuns.CountAsync(r => r.ActiveSlot != null)));
    }

    [Fact]
    public async Task ARunLeftBehindByANodeThatWentAwayIsTakenOverOnceItHasBeenSilentLongEnough()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);
        using var first = await api.PostAsync("/api/v1/assessments/runs", null);
        var abandoned = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var run = await AssessmentHarness.RunAsync(factory, api);

        Assert.Equal("Succeeded", run.GetProperty("status").GetString());
        var old = await api.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/runs/{abandoned}");
        Assert.Equal("Failed", old.GetProperty("status").GetString());
        Assert.Contains("Abandoned", old.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedJobForAFinishedRunChangesNothing()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);
        var run = await AssessmentHarness.RunAsync(factory, api);
        var audit = await factory.WithDbAsync(db => db.AuditLog.CountAsync());

        await AssessmentHarness.ExecuteAsync(factory, run.GetProperty("id").GetGuid());

        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    private static object Deploy(string authMode) => new
    {
        environment = "Production",
        version = "1.1.0",
        endpoint = "https://production.ml.example.internal/voice-transcriber",
        authMode,
        inputValidation = true,
        monitoring = true,
        logging = true,
        tls = true,
        rateLimiting = true,
    };
}
