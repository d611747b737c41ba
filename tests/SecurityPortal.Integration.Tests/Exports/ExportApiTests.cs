using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Exports;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Exports;

/// <summary>An audit report through the API: queued, generated once by the job, archived with its SHA-256 and handed out as a PDF.</summary>
public sealed class ExportApiTests
{
    private static async Task<Guid> SignedOffAuditAsync(HttpClient api)
    {
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/audits?status=SignedOff&model=fraud-scorer");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static Task<ExportStatus> RunAsync(PortalFactory factory, Guid id) =>
        AsSystemAsync(factory, s => s.GetRequiredService<ExportJob>().RunAsync(id, CancellationToken.None));

    [Fact]
    public async Task AnAuditReportIsQueuedGeneratedOnceAndDownloadedAsAPdfWhoseHashIsOnRecord()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var audit = await SignedOffAuditAsync(api);

        using var accepted = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "audit", parameters = new { auditId = audit } });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var queued = await api.GetFromJsonAsync<JsonElement>($"/api/v1/exports/{id}");
        using var early = await api.GetAsync($"/api/v1/exports/{id}/file");

        var outcomes = await Task.WhenAll(RunAsync(factory, id), RunAsync(factory, id));
        var again = await RunAsync(factory, id);
        var done = await api.GetFromJsonAsync<JsonElement>($"/api/v1/exports/{id}");
        using var file = await api.GetAsync($"/api/v1/exports/{id}/file");
        var bytes = await file.Content.ReadAsByteArrayAsync();

        Assert.Equal("Queued", queued.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains(ExportStatus.Succeeded, outcomes);
        Assert.Equal(ExportStatus.Succeeded, again);
        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        Assert.Equal("apikey:demo-admin", done.GetProperty("requestedBy").GetString());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(done.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(bytes.Length, done.GetProperty("sizeBytes").GetInt64());
        Assert.True(done.GetProperty("pages").GetInt32() >= 1);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ExportFiles.CountAsync(f => f.ExportId == id)));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Audit report: fraud-scorer", text, StringComparison.Ordinal);
        Assert.Contains("Quarterly review of high-risk models", text, StringComparison.Ordinal);
        Assert.Contains($"Document {done.GetProperty("documentId").GetString()}", text, StringComparison.Ordinal);
        var logged = await factory.WithDbAsync(db => db.AuditLog.Where(e => e.EntityType == nameof(ExportFile)).Select(e => e.Changes).SingleAsync());
        Assert.Contains("[redacted]", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRequestsAreFieldProblemsOrNotFoundAndWriteNothing()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);

        using var kind = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "poster", parameters = new { auditId = Guid.NewGuid() } });
        using var missing = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "audit" });
        using var unknown = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "audit", parameters = new { auditId = Guid.NewGuid() } });
        using var none = await api.GetAsync($"/api/v1/exports/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.True((await kind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("parameters", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Exports.CountAsync()));
    }

    [Fact]
    public async Task OnlyThoseWhoMayExportAndSeeTheAuditGetItsReport()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var audit = await SignedOffAuditAsync(api);
        var request = new NewExportRequest("audit", JsonSerializer.SerializeToElement(new { auditId = audit }));

        var byCompliance = await AsAsync(factory, "compliance@demo.local", PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportDesk>().RequestAsync(request));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<ExportDesk>().RequestAsync(request)));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<ExportDesk>().GetAsync(byCompliance.Id)));

        var archive = await AsAsync(factory, "compliance@demo.local", PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportDesk>().ListAsync(1, 50));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<ExportDesk>().ListAsync(1, 50)));

        Assert.Equal([byCompliance.Id], archive.Items.Select(e => e.Id));
        Assert.Equal("compliance@demo.local", byCompliance.RequestedBy);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Exports.CountAsync()));
    }

    [Fact]
    public async Task TwentyParallelRunsOfOneExportGenerateItOnceAndKeepOneFile()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var audit = await SignedOffAuditAsync(api);
        using var accepted = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "audit", parameters = new { auditId = audit } });
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RunAsync(factory, id)));

        Assert.DoesNotContain(ExportStatus.Failed, outcomes);
        Assert.Contains(ExportStatus.Succeeded, outcomes);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ExportFiles.CountAsync(f => f.ExportId == id)));
        Assert.Equal(ExportStatus.Succeeded, await factory.WithDbAsync(db => db.Exports.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }
}
