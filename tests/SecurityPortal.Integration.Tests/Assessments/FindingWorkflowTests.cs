using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Assessments;

/// <summary>Working findings through the API and the desk: owners, risk acceptance with a second approver, resolving by hand.</summary>
public sealed class FindingWorkflowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<Finding> OpenFindingAsync(string modelKey, string ruleKey) =>
        factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.ModelKey == modelKey && f.RuleKey == ruleKey && f.Subject == "production"));

    [Fact]
    public async Task AnOwnerIsAssignedAndNotifiedAndAnUnknownPersonIsAClearError()
    {
        using var api = AssessmentHarness.Api(factory);
        var finding = await OpenFindingAsync("voice-transcriber", Core.Controls.AssessmentRuleKey.NoAuthentication);

        using var unknown = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/owner", new { owner = "nobody@demo.local" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("nobody@demo.local", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var assigned = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/owner", new { owner = "lead@demo.local" });
        assigned.EnsureSuccessStatusCode();
        var body = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("lead@demo.local", body.GetProperty("finding").GetProperty("owner").GetString());
        Assert.Contains(body.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Assigned");
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Recipient == "lead@demo.local" && n.Link == $"/findings/{finding.Id}")));
        var mine = await api.GetFromJsonAsync<JsonElement>("/api/v1/findings?owner=lead@demo.local");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == finding.Id);
    }

    [Fact]
    public async Task ARiskIsAcceptedOnlyBySomeoneElseAndReopensByItselfWhenTheAcceptanceEnds()
    {
        using var api = AssessmentHarness.Api(factory);
        using var reviewer = await factory.ReviewerApiAsync();
        var finding = await OpenFindingAsync("chargeback-predictor", Core.Controls.AssessmentRuleKey.UnencryptedArtifact);
        var until = factory.Clock.GetUtcNow().AddDays(30);

        using var vague = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/risk-acceptance", new { reason = "ok", until = factory.Clock.GetUtcNow().AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, vague.StatusCode);
        var problem = await vague.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("until", out _));

        using var asked = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/risk-acceptance", new { reason = "Key management migration lands next sprint; endpoint is internal only.", until });
        asked.EnsureSuccessStatusCode();
        Assert.True((await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("finding").GetProperty("riskAcceptancePending").GetBoolean());

        using var self = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/risk-acceptance/decision", new { approve = true });
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("someone else", (await self.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var approved = await reviewer.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/risk-acceptance/decision", new { approve = true, note = "Agreed for one sprint." });
        approved.EnsureSuccessStatusCode();
        var accepted = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("RiskAccepted", accepted.GetProperty("finding").GetProperty("status").GetString());
        Assert.Equal("apikey:release reviewer", accepted.GetProperty("riskApprovedBy").GetString());

        var stillAccepted = await AssessmentHarness.RunAsync(factory, api);
        Assert.Equal("RiskAccepted", (await OpenFindingAsync("chargeback-predictor", Core.Controls.AssessmentRuleKey.UnencryptedArtifact)).Status.ToString());
        Assert.Equal("Succeeded", stillAccepted.GetProperty("status").GetString());

        factory.Clock.Advance(TimeSpan.FromDays(31));
        await AssessmentHarness.RunAsync(factory, api);
        var reopened = await api.GetFromJsonAsync<JsonElement>($"/api/v1/findings/{finding.Id}");
        Assert.Equal("Open", reopened.GetProperty("finding").GetProperty("status").GetString());
        var last = reopened.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Reopened", last.GetProperty("kind").GetString());
        Assert.Contains("risk acceptance ran out", last.GetProperty("text").GetString(), StringComparison.Ordinal);
        var stored = await OpenFindingAsync("chargeback-predictor", Core.Controls.AssessmentRuleKey.UnencryptedArtifact);
        Assert.Equal((null, null, null, (DateTimeOffset?)null), (stored.RiskRequestedBy, stored.RiskReason, stored.RiskApprovedBy, stored.RiskAcceptedUntil));
    }

    [Fact]
    public async Task ResolvingByHandNeedsANoteAndAnAutomatedFindingWhoseConditionHoldsReopensOnTheNextRun()
    {
        using var api = AssessmentHarness.Api(factory);
        var finding = await OpenFindingAsync("voice-transcriber", Core.Controls.AssessmentRuleKey.NoAuthentication);

        using var bare = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/resolution", new { note = " " });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        using var resolved = await api.PostAsJsonAsync($"/api/v1/findings/{finding.Id}/resolution", new { note = "Gateway now requires OAuth2." });
        resolved.EnsureSuccessStatusCode();
        Assert.Equal("Resolved", (await resolved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("finding").GetProperty("status").GetString());

        await AssessmentHarness.RunAsync(factory, api);

        var reopened = await OpenFindingAsync("voice-transcriber", Core.Controls.AssessmentRuleKey.NoAuthentication);
        Assert.Equal(FindingStatus.Open, reopened.Status);
        Assert.Null(reopened.ResolutionNote);
        Assert.Null(reopened.ResolvedAt);
    }

    [Fact]
    public async Task ATeamLeadWorksOnlyTheirOwnTeamsFindingsAndARefusalWritesNothing()
    {
        // voice-transcriber belongs to Customer Experience; the demo lead leads Fraud Analytics.
        var other = await OpenFindingAsync("voice-transcriber", Core.Controls.AssessmentRuleKey.NoAuthentication);
        var audit = await factory.WithDbAsync(db => db.AuditLog.CountAsync());

        await Assert.ThrowsAsync<NotAllowedException>(() => AsPersonAsync("lead@demo.local", PortalRoles.TeamLead, desk =>
            desk.AssignAsync(other.Id, new AssignFindingRequest("lead@demo.local"))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsPersonAsync("compliance@demo.local", PortalRoles.ComplianceOfficer, desk =>
            desk.ResolveAsync(other.Id, new ResolveFindingRequest("Not mine to close."))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsPersonAsync("lead@demo.local", PortalRoles.TeamLead, desk =>
            desk.DecideRiskAcceptanceAsync(other.Id, new RiskDecisionRequest(true))));

        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.CountAsync()));
        var own = await factory.WithDbAsync(db => (from f in db.Findings
                                                   join m in db.Models on f.ModelId equals m.Id
                                                   join t in db.Teams on m.OwnerTeamId equals t.Id
                                                   where t.Name == "Fraud Analytics" && f.Status == FindingStatus.Open
                                                   select f.Id).FirstAsync());
        var assigned = await AsPersonAsync("lead@demo.local", PortalRoles.TeamLead, desk => desk.AssignAsync(own, new AssignFindingRequest("lead@demo.local")));
        Assert.Equal("lead@demo.local", assigned.Finding.Owner);
    }

    [Fact]
    public async Task UnknownFiltersAreFieldErrorsAndAnUnknownFindingIsNotFound()
    {
        using var api = AssessmentHarness.Api(factory);

        using var bad = await api.GetAsync("/api/v1/findings?severity=Catastrophic&status=Gone");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("severity", out _) && errors.TryGetProperty("status", out _));
        using var missing = await api.GetAsync($"/api/v1/findings/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var critical = await api.GetFromJsonAsync<JsonElement>("/api/v1/findings?severity=Critical&status=Open&pageSize=200");
        Assert.All(critical.GetProperty("items").EnumerateArray(), i => Assert.Equal("Critical", i.GetProperty("severity").GetString()));
        Assert.Equal(critical.GetProperty("items").GetArrayLength(), critical.GetProperty("total").GetInt32());
    }

    private async Task<T> AsPersonAsync<T>(string email, string role, Func<FindingDesk, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test");
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetUser(new ClaimsPrincipal(identity), "test");
        return await work(scope.ServiceProvider.GetRequiredService<FindingDesk>());
    }
}
