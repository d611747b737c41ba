using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Audits;

/// <summary>The workspace through the API: answers, findings from failed items, sign-off and the lock after it, and refusals that write nothing.</summary>
public sealed class AuditWorkspaceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Checklist = ["SP-01.1", "SP-03.3", "SP-10.4"];

    /// <summary>A fresh plan on one demo model with a three-item checklist; its current cycle is open.</summary>
    private static async Task<Guid> OpenAuditAsync(HttpClient api, string model)
    {
        var plan = await AuditApi.CreatePlanAsync(api, new
        {
            title = $"Workspace check {Guid.NewGuid():N}"[..28],
            recurrence = "Quarterly",
            anchorOn = "2026-12-31",
            leadDays = 45,
            leadAuditor = "compliance@demo.local",
            models = new[] { model },
            controls = Checklist,
        });
        return AuditApi.Id((await AuditApi.AuditsAsync(api, $"plan={AuditApi.Id(plan)}")).Single());
    }

    [Fact]
    public async Task AFailedItemBecomesAFindingLinkedToAuditControlAndModelAndShowsInTheFindingsList()
    {
        using var api = AuditApi.Client(factory);
        var audit = await OpenAuditAsync(api, "chargeback-predictor");
        await AuditApi.AnswerAsync(api, audit, "SP-03.3", "Fail", "Endpoint keys have no expiry.");

        using var raised = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/findings", new { controlCode = "sp-03.3", title = "Endpoint keys never expire", severity = "High" });
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        var body = await raised.Content.ReadFromJsonAsync<JsonElement>();
        var finding = body.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("SP-03.3", finding.GetProperty("controlCode").GetString());
        var findingId = finding.GetProperty("id").GetGuid();
        Assert.Equal(findingId, AuditApi.Items(body).Single(i => i.GetProperty("controlCode").GetString() == "SP-03.3").GetProperty("findingId").GetGuid());

        // In the findings list of the assessments, from the audit, due by the High policy (30 days).
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/v1/findings?model=chargeback-predictor&source=Audit");
        var row = listed.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == findingId);
        Assert.Equal("Endpoint keys never expire", row.GetProperty("title").GetString());
        var stored = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findingId));
        Assert.Equal((audit, "SP-03.3", SecurityPortal.Core.Assessments.FindingSource.Audit), (stored.AuditId!.Value, stored.ControlCode, stored.Source));
        Assert.Equal(await factory.WithDbAsync(db => db.Models.Where(m => m.Key == "chargeback-predictor").Select(m => m.Id).SingleAsync()), stored.ModelId);
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(30), stored.DueAt);

        // A second finding from the same item, and one from an item that did not fail, are refused.
        using var again = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/findings", new { controlCode = "SP-03.3", title = "Again", severity = "Low" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var notFailed = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/findings", new { controlCode = "SP-01.1", title = "Not failed", severity = "Low" });
        Assert.Equal(HttpStatusCode.Conflict, notFailed.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Findings.CountAsync(f => f.AuditId == audit)));
    }

    [Fact]
    public async Task SignOffNeedsEveryAnswerAndThenLocksTheAuditSoLaterEditsAnswer409()
    {
        using var api = AuditApi.Client(factory);
        var audit = await OpenAuditAsync(api, "sentiment-monitor");
        await AuditApi.AnswerAsync(api, audit, "SP-01.1", "Pass");

        using var early = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/sign-off", new { conclusion = "All controls hold as described." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("2 still open: SP-03.3, SP-10.4", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        await AuditApi.AnswerAsync(api, audit, "SP-03.3", "Pass");
        await AuditApi.AnswerAsync(api, audit, "SP-10.4", "NotApplicable", "The model has had no incident to learn from yet.");
        var signed = await AuditApi.SignOffAsync(api, audit, "All controls hold as described.");
        Assert.Equal("SignedOff", signed.GetProperty("status").GetString());
        Assert.Equal("All controls hold as described.", signed.GetProperty("conclusion").GetString());
        Assert.False(string.IsNullOrEmpty(signed.GetProperty("signedOffBy").GetString()));
        var logged = await factory.WithDbAsync(db => db.AuditLog.Where(e => e.EntityType == "Audit" && e.EntityId == audit.ToString() && e.Action == "Audit.Updated")
            .Select(e => e.Changes).ToListAsync());
        Assert.Contains(logged, changes => changes.Contains("SignedOff", StringComparison.Ordinal) && changes.Contains("All controls hold as described.", StringComparison.Ordinal));

        using var edit = await api.PutAsJsonAsync($"/api/v1/audits/{audit}/items/SP-01.1", new { result = "Fail", note = "Changed my mind." });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("application/problem+json", edit.Content.Headers.ContentType?.MediaType);
        Assert.Contains("can no longer change", (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var signAgain = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/sign-off", new { conclusion = "Signed twice, which must not happen." });
        Assert.Equal(HttpStatusCode.Conflict, signAgain.StatusCode);
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audits/{audit}");
        Assert.Equal("Pass", AuditApi.Items(after).Single(i => i.GetProperty("controlCode").GetString() == "SP-01.1").GetProperty("result").GetString());
        Assert.Equal("All controls hold as described.", after.GetProperty("conclusion").GetString());
    }

    [Fact]
    public async Task BadInputIsAFieldProblemAndWritesNothing()
    {
        using var api = AuditApi.Client(factory);
        var plansBefore = await factory.WithDbAsync(db => db.AuditPlans.CountAsync());
        using var badPlan = await api.PostAsJsonAsync("/api/v1/audit-plans", new { title = "", recurrence = "Weekly", leadAuditor = "staff@demo.local", controls = new[] { "SP-99.9" } });
        Assert.Equal(HttpStatusCode.BadRequest, badPlan.StatusCode);
        var errors = (await badPlan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _) && errors.TryGetProperty("recurrence", out _) && errors.TryGetProperty("controls", out _) && errors.TryGetProperty("anchorOn", out _));
        using var notAnAuditor = await api.PostAsJsonAsync("/api/v1/audit-plans", new { title = "Staff-led", recurrence = "Annual", anchorOn = "2027-01-31", leadDays = 30, leadAuditor = "staff@demo.local" });
        Assert.Equal(HttpStatusCode.BadRequest, notAnAuditor.StatusCode);
        Assert.True((await notAnAuditor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("leadAuditor", out _));
        Assert.Equal(plansBefore, await factory.WithDbAsync(db => db.AuditPlans.CountAsync()));

        var audit = await OpenAuditAsync(api, "price-elasticity");
        using var noJustification = await api.PutAsJsonAsync($"/api/v1/audits/{audit}/items/SP-01.1", new { result = "NotApplicable", note = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noJustification.StatusCode);
        Assert.True((await noJustification.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
        using var unknownControl = await api.PutAsJsonAsync($"/api/v1/audits/{audit}/items/SP-02.1", new { result = "Pass" });
        Assert.Equal(HttpStatusCode.NotFound, unknownControl.StatusCode);
        using var unknownStatus = await api.GetAsync("/api/v1/audits?status=Late");
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.StatusCode);
        using var missing = await api.GetAsync($"/api/v1/audits/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var current = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audits/{audit}");
        Assert.Equal(0, current.GetProperty("answered").GetInt32());
        Assert.Equal("Scheduled", current.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OverdueAuditsShowInTheFiguresAndTheListAndFeedTheAssessmentRule()
    {
        using var api = AuditApi.Client(factory);
        var overdue = await AuditApi.AuditsAsync(api, "status=Overdue");
        // The demo's annual audit of Risk & Compliance was due six days ago.
        Assert.NotEmpty(overdue);
        Assert.All(overdue, a => Assert.True(a.GetProperty("dueOn").GetDateTime() < factory.Clock.GetUtcNow().UtcDateTime.Date));

        await using var scope = factory.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>();
        actor.SetSystem("tests@demo.local", "test");
        var figures = await scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Features.Audits.AuditBoard>().FiguresAsync();
        Assert.Equal(overdue.Count, figures.Overdue);

        // The assessment's audit rule has one finding per overdue plan on each of those models, High for high-risk ones.
        var findings = await api.GetFromJsonAsync<JsonElement>("/api/v1/findings?source=Assessment&pageSize=200");
        var auditOverdue = findings.GetProperty("items").EnumerateArray().Where(f => f.GetProperty("ruleKey").GetString() == "audit.overdue").ToList();
        Assert.Equal(overdue.Select(a => a.GetProperty("model").GetString()).Order(), auditOverdue.Select(f => f.GetProperty("model").GetString()).Order());
        Assert.Contains(auditOverdue, f => f.GetProperty("model").GetString() == "credit-limit" && f.GetProperty("severity").GetString() == "High");
        Assert.Contains(auditOverdue, f => f.GetProperty("model").GetString() == "policy-summarizer" && f.GetProperty("severity").GetString() == "Medium");
    }

    [Fact]
    public async Task TwentyParallelSignOffsOrFindingsFromOneItemGiveOneWinnerAndConflictsNeverA500()
    {
        using var api = AuditApi.Client(factory);
        var audit = await OpenAuditAsync(api, "image-moderation");
        await AuditApi.AnswerAsync(api, audit, "SP-01.1", "Fail", "Shared notebook accounts.");
        await AuditApi.AnswerAsync(api, audit, "SP-03.3", "Pass");
        await AuditApi.AnswerAsync(api, audit, "SP-10.4", "Pass");

        var findings = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            using var response = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/findings", new { controlCode = "SP-01.1", title = $"Shared accounts {i}", severity = "Medium" });
            return response.StatusCode;
        })));
        Assert.Single(findings, s => s == HttpStatusCode.OK);
        Assert.All(findings, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Findings.CountAsync(f => f.AuditId == audit)));

        var signOffs = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            using var response = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/sign-off", new { conclusion = $"Signed by racer number {i}." });
            return response.StatusCode;
        })));
        Assert.Single(signOffs, s => s == HttpStatusCode.OK);
        Assert.All(signOffs, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var signed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audits/{audit}");
        Assert.Equal("SignedOff", signed.GetProperty("status").GetString());
    }
}
