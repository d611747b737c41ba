using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Incidents;

public sealed class IncidentsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private HttpClient Api()
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static async Task<JsonElement> OpenAsync(HttpClient api, string severity = "SEV1", string model = "support-assistant")
    {
        using var response = await api.PostAsJsonAsync("/api/v1/incidents", new
        {
            title = "Prompt injection through the chat widget",
            description = "Monitoring saw instructions in user input being followed.",
            severity,
            category = "llm01",
            affectedModels = new[] { model },
            detectedAt = "2026-11-25T08:30:00Z",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient api, string incidentRef, string to, object? extra = null) =>
        api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/transitions", extra ?? new { to });

    [Fact]
    public async Task ASev1GetsItsDueTimesFromThePolicyAndAReference()
    {
        using var api = Api();

        var incident = await OpenAsync(api);

        Assert.Matches(@"^INC-2026-\d{4}$", incident.GetProperty("ref").GetString());
        Assert.Equal("LLM01", incident.GetProperty("category").GetString());
        Assert.Equal("Prompt Injection", incident.GetProperty("categoryTitle").GetString());
        Assert.Equal("New", incident.GetProperty("phase").GetString());
        // Pages get Core enums; JSON keeps the names callers know.
        Assert.Equal("SEV1", incident.GetProperty("severity").GetString());
        Assert.Equal(["Triaged"], incident.GetProperty("nextPhases").EnumerateArray().Select(p => p.GetString()));
        var clocks = incident.GetProperty("clocks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("dueAt").GetDateTimeOffset());
        var detected = DateTimeOffset.Parse("2026-11-25T08:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(detected.AddMinutes(15), clocks["Acknowledge"]);
        Assert.Equal(detected.AddHours(4), clocks["Contain"]);
        Assert.Equal(detected.AddHours(24), clocks["Resolve"]);
        // Detected 08:30, now 09:00: the 15-minute acknowledge target has passed.
        Assert.True(incident.GetProperty("breached").GetBoolean());
        Assert.Equal("support-assistant", incident.GetProperty("affectedModels")[0].GetProperty("model").GetString());
    }

    [Fact]
    public async Task PhasesCannotBeSkippedAndClosingNeedsRootCauseAndLessons()
    {
        using var api = Api();
        var incidentRef = (await OpenAsync(api, "SEV3")).GetProperty("ref").GetString()!;
        var before = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        using var skip = await MoveAsync(api, incidentRef, "Closed");
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));

        foreach (var phase in new[] { "Triaged", "Contained", "Eradicated", "Recovered" })
        {
            using var step = await MoveAsync(api, incidentRef, phase);
            Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        }

        var beforeClose = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        using var noRootCause = await MoveAsync(api, incidentRef, "Closed", new { to = "Closed", lessonsLearned = "Filter tool output" });
        Assert.Equal(HttpStatusCode.BadRequest, noRootCause.StatusCode);
        Assert.True((await noRootCause.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("rootCause", out _));
        Assert.Equal(beforeClose, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));

        using var close = await MoveAsync(api, incidentRef, "Closed", new { to = "Closed", rootCause = "Tool output was trusted", lessonsLearned = "Filter tool output" });
        using var reopenWithoutReason = await MoveAsync(api, incidentRef, "Triaged");
        using var reopen = await MoveAsync(api, incidentRef, "Triaged", new { to = "Triaged", note = "Seen again in production" });

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reopenWithoutReason.StatusCode);
        var reopened = await reopen.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Triaged", reopened.GetProperty("phase").GetString());
        var timeline = reopened.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains("Recovered → Closed", timeline);
        Assert.Contains("Reopened: Seen again in production", timeline);
        var audited = await factory.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == "Incident.Updated" && e.Sequence > before));
        Assert.Equal(6, audited);
        Assert.All(await factory.WithDbAsync(db => db.AuditLog.Where(e => e.Sequence > before).Select(e => e.Actor).Distinct().ToListAsync()),
            a => Assert.Equal("apikey:demo-admin", a));
    }

    [Fact]
    public async Task BadInputIsRefusedWithTheFieldsAndWritesNothing()
    {
        using var api = Api();
        var before = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        using var response = await api.PostAsJsonAsync("/api/v1/incidents", new
        {
            title = "x",
            severity = "SEV9",
            category = "LLM42",
            affectedModels = new[] { "no-such-model" },
            detectedAt = "2030-01-01T00:00:00Z",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "title", "severity", "category", "affectedModels", "detectedAt" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    [Fact]
    public async Task RollingBackAnAffectedModelWritesTheTimelineAndTheDeploymentHistory()
    {
        using var api = Api();
        var incidentRef = (await OpenAsync(api, "SEV2", "chargeback-predictor")).GetProperty("ref").GetString()!;

        using var rollback = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/rollback", new
        {
            model = "chargeback-predictor",
            environment = "Production",
            reason = "Contain while the prompt filter is fixed",
            expectedVersion = "1.1.0",
        });

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        var incident = await rollback.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(incident.GetProperty("timeline").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "Action" && e.GetProperty("text").GetString()!.StartsWith("Rolled back chargeback-predictor in Production to 1.0.0", StringComparison.Ordinal));
        var current = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/chargeback-predictor/deployments/Production");
        Assert.Equal("1.0.0", current.GetProperty("version").GetString());
        var history = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/chargeback-predictor/deployments/Production/history");
        var last = history.EnumerateArray().Last();
        Assert.Equal("Rollback", last.GetProperty("kind").GetString());
        Assert.StartsWith(incidentRef + ":", last.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARollbackWhoseIncidentRecordCannotBeSavedDoesNotHappen()
    {
        using var api = Api();
        var running = (await api.GetFromJsonAsync<JsonElement>("/api/v1/models/fraud-scorer/deployments/Production")).GetProperty("version").GetString();
        var before = await factory.WithDbAsync(async db => (
            Events: await db.DeploymentEvents.CountAsync(),
            Audit: await db.AuditLog.LongCountAsync()));

        // The incident's record of the rollback refers to no incident, so the shared save must fail whole.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem("tests@demo.local", "test");
            var deployments = scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Features.Models.ModelDeployments>();
            await Assert.ThrowsAsync<DbUpdateException>(() => deployments.RollbackAsync(
                "fraud-scorer",
                new SecurityPortal.Web.Features.Models.RollbackRequest("Production", "Containment that cannot be recorded", null, running),
                (db, _) => db.IncidentTimeline.Add(new Core.Incidents.IncidentTimelineEntry { IncidentId = Guid.NewGuid(), Actor = "tests@demo.local", Text = "orphan", OccurredAt = factory.Clock.GetUtcNow() }),
                CancellationToken.None));
        }

        var current = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/fraud-scorer/deployments/Production");
        var after = await factory.WithDbAsync(async db => (
            Events: await db.DeploymentEvents.CountAsync(),
            Audit: await db.AuditLog.LongCountAsync()));
        Assert.Equal(before, after);
        Assert.Equal(running, current.GetProperty("version").GetString());
    }

    [Fact]
    public async Task CommentsAssignmentsAndStaleEditsAreHandled()
    {
        using var api = Api();
        var incident = await OpenAsync(api, "SEV4");
        var incidentRef = incident.GetProperty("ref").GetString()!;
        var token = incident.GetProperty("concurrencyToken").GetString();

        using var comment = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/timeline", new { text = "Looking at the logs" });
        // Only people who can work an incident are assignable: a team lead cannot move its phases.
        using var leadAssignee = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/assignment", new { assignee = "lead@demo.local" });
        using var assign = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/assignment", new { assignee = "admin@demo.local" });
        using var staleEdit = await api.PutAsJsonAsync($"/api/v1/incidents/{incidentRef}", new { title = "Renamed on an old copy", severity = "SEV2", category = "Other", concurrencyToken = token });
        using var emptyComment = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/timeline", new { text = " " });
        using var unknownPerson = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/assignment", new { assignee = "nobody@demo.local" });

        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, leadAssignee.StatusCode);
        Assert.Equal("admin@demo.local", (await assign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignee").GetString());
        Assert.Equal(HttpStatusCode.Conflict, staleEdit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyComment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPerson.StatusCode);
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?assignee=admin@demo.local&severity=SEV4");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("ref").GetString() == incidentRef);
    }

    [Fact]
    public async Task AnArticle73ClockStartsAtDetectionAndTheReportIsRecordedOnce()
    {
        using var api = Api();
        using var created = await api.PostAsJsonAsync("/api/v1/incidents", new
        {
            title = "Credit advisor refused applicants by nationality",
            severity = "SEV1",
            category = "ML08",
            affectedModels = new[] { "credit-limit" },
            detectedAt = "2026-11-24T09:00:00Z",
            reportable = "CriticalInfrastructureOrWidespread",
        });
        var incident = await created.Content.ReadFromJsonAsync<JsonElement>();
        var incidentRef = incident.GetProperty("ref").GetString()!;

        using var staffAssignee = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/assignment", new { assignee = "staff@demo.local" });
        var dueBefore = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?reportDue=true&pageSize=200");
        using var noReference = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/reported", new { authorityReference = " " });
        using var first = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/reported", new { authorityReference = "MSA-2026-0917" });
        using var again = await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/reported", new { authorityReference = "MSA-2026-0917" });

        Assert.Equal(DateTimeOffset.Parse("2026-11-26T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), incident.GetProperty("reportDueAt").GetDateTimeOffset());
        Assert.Contains(incident.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("name").GetString() == "Report");
        Assert.Equal(HttpStatusCode.BadRequest, staffAssignee.StatusCode);
        var timeline = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeline").EnumerateArray();
        Assert.Single(timeline, e => e.GetProperty("text").GetString()!.StartsWith("Serious-incident report sent", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
        Assert.Equal("MSA-2026-0917", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authorityReference").GetString());
        // The "report due" filter lists it until the report is recorded, and nothing that owes none.
        var dueAfter = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?reportDue=true&pageSize=200");
        Assert.Contains(dueBefore.GetProperty("items").EnumerateArray(), i => i.GetProperty("ref").GetString() == incidentRef);
        Assert.All(dueBefore.GetProperty("items").EnumerateArray(), i => Assert.NotEqual("None", i.GetProperty("reportable").GetString()));
        Assert.DoesNotContain(dueAfter.GetProperty("items").EnumerateArray(), i => i.GetProperty("ref").GetString() == incidentRef);
    }

    [Fact]
    public async Task TheListFiltersByBreachAndModelAndTheMetricsCoverEverySeverity()
    {
        using var api = Api();

        var breached = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?breached=true&pageSize=200");
        var byModel = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?model=kyc-doc-check");
        var metrics = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents/metrics");
        using var badFilter = await api.GetAsync("/api/v1/incidents?phase=Sleeping");

        Assert.NotEmpty(breached.GetProperty("items").EnumerateArray());
        Assert.All(breached.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("breached").GetBoolean()));
        Assert.All(byModel.GetProperty("items").EnumerateArray(), i => Assert.Contains("kyc-doc-check", i.GetProperty("models").EnumerateArray().Select(m => m.GetString())));
        Assert.Equal(["SEV1", "SEV2", "SEV3", "SEV4"], metrics.GetProperty("bySeverity").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        // Per model: every affected model, counted once per incident that affects it.
        var affected = await factory.WithDbAsync(db => db.IncidentAffectedModels.GroupBy(a => a.ModelKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var perModel = metrics.GetProperty("byModel").EnumerateArray()
            .ToDictionary(r => r.GetProperty("label").GetString()!, r => r.GetProperty("times").GetProperty("count").GetInt32());
        Assert.Equal(affected.ToDictionary(a => a.Key, a => a.Count), perModel);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
    }

    [Fact]
    public async Task ReadingNeedsTheReadScopeAndWritingTheWriteScope()
    {
        using var anonymous = SignedInClient.Anonymous(factory);

        using var response = await anonymous.GetAsync("/api/v1/incidents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Incidents.AnyAsync(i => i.Reportable != Core.Incidents.ReportableKind.None)));
    }

    [Fact]
    public async Task TheListNamesAnUnknownSeverityOrPhaseInTheFilters()
    {
        using var api = Api();

        using var severity = await api.GetAsync("/api/v1/incidents?severity=SEV9");
        using var phase = await api.GetAsync("/api/v1/incidents?phase=Forgotten");
        var typed = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?severity=sev1&phase=new");

        Assert.Equal(HttpStatusCode.BadRequest, severity.StatusCode);
        Assert.True((await severity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("severity", out _));
        Assert.Equal(HttpStatusCode.BadRequest, phase.StatusCode);
        Assert.True((await phase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("phase", out _));
        Assert.All(typed.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("SEV1", i.GetProperty("severity").GetString());
            Assert.Equal("New", i.GetProperty("phase").GetString());
        });
    }
}
