using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Exports;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Exports;

/// <summary>The model dossier, incident, training and portfolio reports, each requested through the API and read back from the PDF.</summary>
public sealed class ExportReportsTests
{
    private static async Task<(JsonElement Record, string Text, int Pages)> ExportAsync(PortalFactory factory, HttpClient api, object request)
    {
        using var accepted = await api.PostAsJsonAsync("/api/v1/exports", request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var status = await AsSystemAsync(factory, s => s.GetRequiredService<ExportJob>().RunAsync(id, CancellationToken.None));
        var record = await api.GetFromJsonAsync<JsonElement>($"/api/v1/exports/{id}");
        Assert.True(status == ExportStatus.Succeeded, record.GetRawText());
        var bytes = await api.GetByteArrayAsync($"/api/v1/exports/{id}/file");
        Assert.Equal(record.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return (record, string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), pdf.NumberOfPages);
    }

    [Fact]
    public async Task TheModelDossierHoldsVersionsWithHashesDeploymentsControlsFindingsIncidentsAuditsAndTraining()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var versions = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/fraud-scorer/versions");
        var sha = versions[0].GetProperty("sha256").GetString()!;
        var incidents = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?model=fraud-scorer");
        var incidentRef = incidents.GetProperty("items")[0].GetProperty("ref").GetString()!;

        var (record, text, pages) = await ExportAsync(factory, api, new { kind = "model", parameters = new { modelKey = "fraud-scorer" } });

        Assert.Equal("/models/fraud-scorer", record.GetProperty("subjectLink").GetString());
        Assert.Equal("fraud-scorer", record.GetProperty("parameters").GetProperty("modelKey").GetString());
        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Contains("Contents", text, StringComparison.Ordinal);
        Assert.Contains("Model compliance dossier: fraud-scorer", text, StringComparison.Ordinal);
        Assert.Contains(sha, text, StringComparison.Ordinal);
        foreach (var section in new[] { "Versions", "Deployments", "Deployment history", "Controls and evidence", "Score trend", "Findings", "Incidents", "Audits", "Owner team's training" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Contains("Production", text, StringComparison.Ordinal);
        Assert.Contains("SP-01.1", text, StringComparison.Ordinal);
        Assert.Contains("Quarterly review of high-risk models", text, StringComparison.Ordinal);
        Assert.Contains(incidentRef, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIncidentReportHoldsTheClocksTheArt73ReportAndTheTimeline()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/incidents?model=fraud-scorer");
        var incidentRef = list.GetProperty("items")[0].GetProperty("ref").GetString()!;
        var incident = await api.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{incidentRef}");

        var (record, text, _) = await ExportAsync(factory, api, new { kind = "incident", parameters = new { incidentRef } });

        Assert.Equal($"/incidents/{incidentRef}", record.GetProperty("subjectLink").GetString());
        Assert.Contains($"Incident report: {incidentRef}", text, StringComparison.Ordinal);
        Assert.Contains(incident.GetProperty("title").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("SLA clocks", text, StringComparison.Ordinal);
        Assert.Contains("Art. 73", text, StringComparison.Ordinal);
        Assert.Contains("Root cause", text, StringComparison.Ordinal);
        Assert.Contains("Lessons learned", text, StringComparison.Ordinal);
        Assert.Contains("Timeline", text, StringComparison.Ordinal);
        foreach (var clock in incident.GetProperty("clocks").EnumerateArray())
        {
            Assert.Contains(clock.GetProperty("name").GetString()!, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheTrainingReportHoldsEveryTeamEveryCourseAndWhoIsOverdue()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var view = await AsAsync(factory, "compliance@demo.local", PortalRoles.ComplianceOfficer, s => s.GetRequiredService<Web.Features.Training.TrainingProgress>().ViewAsync());

        var (record, text, _) = await ExportAsync(factory, api, new { kind = "training" });

        Assert.Equal("/training/team", record.GetProperty("subjectLink").GetString());
        Assert.Contains("Training completion report", text, StringComparison.Ordinal);
        Assert.Contains($"{view.Overall.Percent}% complete", text, StringComparison.Ordinal);
        Assert.All(view.Teams, t => Assert.Contains(t.Name, text, StringComparison.Ordinal));
        Assert.NotEmpty(view.Overdue);
        Assert.All(view.Overdue, o => Assert.Contains(o.UserEmail, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePortfolioSummaryHoldsScoresTheHeatmapOpenFindingsAndFrameworkCoverage()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);

        var models = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?pageSize=100");
        var keys = models.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("key").GetString()!).ToList();

        var (_, text, pages) = await ExportAsync(factory, api, new { kind = "portfolio", parameters = new { } });

        Assert.True(pages >= 2, $"{pages} pages");
        Assert.Contains("Portfolio compliance summary", text, StringComparison.Ordinal);
        Assert.Contains("Scores per team", text, StringComparison.Ordinal);
        Assert.Contains("Heatmap", text, StringComparison.Ordinal);
        Assert.Contains("Open findings by severity", text, StringComparison.Ordinal);
        Assert.Contains("NIST", text, StringComparison.Ordinal);
        Assert.Contains("42001", text, StringComparison.Ordinal);
        Assert.Equal(20, keys.Count);
        Assert.All(keys, key => Assert.Contains($" {key} ", $" {text} ", StringComparison.Ordinal));
        Assert.Contains("Risk & Compliance", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachKindNamesWhatItNeedsAndAnUnknownSubjectIsNotFoundWithNothingWritten()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);

        using var noKey = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "model", parameters = new { } });
        using var noRef = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "incident", parameters = new { incidentRef = 7 } });
        using var noModel = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "model", parameters = new { modelKey = "no-such-model" } });
        using var noIncident = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "incident", parameters = new { incidentRef = "INC-1999-9999" } });

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("modelKey", (await noKey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("parameters")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noRef.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noModel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noIncident.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Exports)));
    }

    [Fact]
    public async Task ATeamLeadCannotExportAndAStaffMemberCannotReadAnother()
    {
        using var factory = new PortalFactory();
        var request = new NewExportRequest("training", null);

        var byOfficer = await AsAsync(factory, "officer@demo.local", PortalRoles.SecurityOfficer, s => s.GetRequiredService<ExportDesk>().RequestAsync(request));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<ExportDesk>().RequestAsync(request)));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<ExportDesk>().FileAsync(byOfficer.Id)));

        Assert.Equal(ExportKind.Training, byOfficer.Kind);
    }
}
