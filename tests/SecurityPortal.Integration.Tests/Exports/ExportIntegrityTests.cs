using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Reports.Integrity;
using SecurityPortal.Web.Features.Exports;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Exports;

/// <summary>
/// Every export is signed with the portal's certificate and carries its document id; anyone signed in can learn
/// whether a PDF is one of ours and unchanged. pdfsig (poppler) is the independent judge of the signature.
/// </summary>
public sealed class ExportIntegrityTests
{
    private static async Task<(Guid Id, byte[] Pdf, JsonElement Record)> ExportedAuditAsync(PortalFactory factory, HttpClient api)
    {
        var audits = await api.GetFromJsonAsync<JsonElement>("/api/v1/audits?status=SignedOff&model=fraud-scorer");
        var audit = audits.GetProperty("items")[0].GetProperty("id").GetGuid();
        using var accepted = await api.PostAsJsonAsync("/api/v1/exports", new { kind = "audit", parameters = new { auditId = audit } });
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AsSystemAsync(factory, s => s.GetRequiredService<ExportJob>().RunAsync(id, CancellationToken.None));
        var record = await api.GetFromJsonAsync<JsonElement>($"/api/v1/exports/{id}");
        return (id, await api.GetByteArrayAsync($"/api/v1/exports/{id}/file"), record);
    }

    /// <summary>pdfsig's report on the file: its exit code and what it printed.</summary>
    private static async Task<(int Exit, string Output)> PdfSigAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sp-sig-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output + errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The file with one byte changed inside its first content stream: still a readable PDF, no longer the signed one.</summary>
    private static byte[] WithOneByteChanged(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        var text = Encoding.Latin1.GetString(copy);
        var at = text.IndexOf("stream\n", StringComparison.Ordinal) + "stream\n".Length + 20;
        copy[at] ^= 0x01;
        return copy;
    }

    [Fact]
    public async Task AnExportIsSignedAndPdfsigSaysValidThenInvalidAfterOneByteChanges()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var (_, pdf, record) = await ExportedAuditAsync(factory, api);

        var (validExit, valid) = await PdfSigAsync(pdf);
        var (_, changed) = await PdfSigAsync(WithOneByteChanged(pdf));

        Assert.True(validExit == 0, valid);
        Assert.Contains("Signature is Valid.", valid, StringComparison.Ordinal);
        Assert.Contains("Total document signed", valid, StringComparison.Ordinal);
        Assert.Contains("SHA-256", valid, StringComparison.Ordinal);
        Assert.DoesNotContain("Signature is Valid.", changed, StringComparison.Ordinal);
        Assert.Matches("Digest Mismatch|Signature is Invalid", changed);
        Assert.Contains("export signing (self-signed)", record.GetProperty("signedBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInspectorAgreesWithPdfsigAndReadsTheDocumentId()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var (_, pdf, record) = await ExportedAuditAsync(factory, api);

        var signed = PdfInspector.Inspect(pdf);
        var changed = PdfInspector.Inspect(WithOneByteChanged(pdf));
        var appended = PdfInspector.Inspect([.. pdf, .. "\n% appended after signing\n"u8.ToArray()]);
        var notPdf = PdfInspector.Inspect("just some text, not a PDF at all"u8.ToArray());

        Assert.Equal(PdfSignatureState.Valid, signed.Signature.State);
        Assert.Equal(record.GetProperty("documentId").GetString(), signed.DocumentId);
        Assert.StartsWith("CN=", signed.Signature.Signer, StringComparison.Ordinal);
        Assert.NotNull(signed.Signature.SignedAt);
        Assert.Equal(PdfSignatureState.Invalid, changed.Signature.State);
        Assert.Equal(signed.DocumentId, changed.DocumentId);
        Assert.Equal(PdfSignatureState.PartialCoverage, appended.Signature.State);
        Assert.False(notPdf.IsPdf);
        Assert.Equal(PdfSignatureState.None, notPdf.Signature.State);
    }

    [Fact]
    public async Task TheMetadataNamesTheDocumentIdAndTheOrganisation()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var (_, pdf, record) = await ExportedAuditAsync(factory, api);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var packet = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());

        var documentId = record.GetProperty("documentId").GetString();
        Assert.Contains($"<pdf:Keywords>{documentId}</pdf:Keywords>", packet, StringComparison.Ordinal);
        Assert.Contains($"Document {documentId}</rdf:li>", packet, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2026-11-25T09:00:00Z</xmp:CreateDate>", packet, StringComparison.Ordinal);
        Assert.Contains("SecurityPortal demo organisation", packet, StringComparison.Ordinal);
        Assert.Equal($"Document {record.GetProperty("documentId").GetString()}", document.Information.Subject);
        Assert.DoesNotContain("pdfaid", packet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerificationTellsOursUnchangedFromChangedAndFromForeign()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var (id, pdf, record) = await ExportedAuditAsync(factory, api);
        using var foreignDocument = new PdfSharp.Pdf.PdfDocument();
        foreignDocument.AddPage();
        using var foreignStream = new MemoryStream();
        foreignDocument.Save(foreignStream, closeStream: false);

        Task<ExportVerificationResult> VerifyAsStaff(byte[] file) =>
            AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<ExportVerification>().VerifyAsync(file));
        var unchanged = await VerifyAsStaff(pdf);
        var changed = await VerifyAsStaff(WithOneByteChanged(pdf));
        var foreign = await VerifyAsStaff(foreignStream.ToArray());

        Assert.Equal(ExportVerdict.Unchanged, unchanged.Verdict);
        Assert.Equal(id, unchanged.Export?.Id);
        Assert.Equal(PdfSignatureState.Valid, unchanged.Signature.State);
        Assert.True(unchanged.Signature.PortalCertificate);
        Assert.True(unchanged.PortalCertificateIsSelfSigned);
        Assert.Equal(ExportVerdict.Changed, changed.Verdict);
        Assert.Equal(record.GetProperty("documentId").GetString(), changed.DocumentId);
        Assert.Null(changed.Export); // a changed copy does not open the archive's details
        Assert.Equal(PdfSignatureState.Invalid, changed.Signature.State);
        Assert.Equal(ExportVerdict.NotOurs, foreign.Verdict);
        Assert.Equal(PdfSignatureState.None, foreign.Signature.State);
    }

    [Fact]
    public async Task TheVerifyEndpointTakesThePdfAsItsBodyAndRefusesAnEmptyOne()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var (_, pdf, _) = await ExportedAuditAsync(factory, api);
        var before = await factory.WithDbAsync(db => db.AuditLog.CountAsync());

        using var body = new ByteArrayContent(pdf);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var verified = await api.PostAsync("/api/v1/exports/verify", body);
        using var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var refused = await api.PostAsync("/api/v1/exports/verify", empty);
        var result = await verified.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("Unchanged", result.GetProperty("verdict").GetString());
        Assert.Equal("Valid", result.GetProperty("signature").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task AnExportLeftRunningByAStoppedWorkerIsFailedWithTheReasonAndAFreshOneIsLeftAlone()
    {
        using var factory = new PortalFactory();
        _ = factory.Services;
        var now = factory.Clock.GetUtcNow();
        var stale = new PortalExport { Kind = ExportKind.Audit, SubjectLabel = "stale", RequestedBy = "test", RequestedAt = now.AddHours(-1), Status = ExportStatus.Running, StartedAt = now.AddMinutes(-40) };
        var fresh = new PortalExport { Kind = ExportKind.Audit, SubjectLabel = "fresh", RequestedBy = "test", RequestedAt = now, Status = ExportStatus.Running, StartedAt = now.AddMinutes(-2) };
        await factory.WithDbAsync(async db =>
        {
            db.Exports.AddRange(stale, fresh);
            await db.SaveChangesAsync();
        });

        var failed = await AsSystemAsync(factory, s => s.GetRequiredService<ExportHousekeepingJob>().FailAbandonedAsync(CancellationToken.None));
        var again = await AsSystemAsync(factory, s => s.GetRequiredService<ExportHousekeepingJob>().FailAbandonedAsync(CancellationToken.None));
        var rows = await factory.WithDbAsync(db => db.Exports.AsNoTracking().ToDictionaryAsync(e => e.Id));

        Assert.Equal(1, failed);
        Assert.Equal(0, again);
        Assert.Equal(ExportStatus.Failed, rows[stale.Id].Status);
        Assert.StartsWith("Abandoned:", rows[stale.Id].Error, StringComparison.Ordinal);
        Assert.Equal(ExportStatus.Running, rows[fresh.Id].Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ExportFiles.CountAsync()));
    }

    [Fact]
    public async Task AConfiguredCertificateSignsInsteadAndNoSelfSignedOneIsMade()
    {
        var folder = Path.Combine(Path.GetTempPath(), "securityportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var pfx = Path.Combine(folder, "contoso-signing.pfx");
        using (var key = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Contoso Bank document signing, O=Contoso Bank", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12, "s3cret"));
        }

        using var factory = new PortalFactory { ExtraSettings = new() { ["Portal:Exports:Signing:CertificateFile"] = pfx, ["Portal:Exports:Signing:CertificatePassword"] = "s3cret" } };
        using var api = DemoApi(factory);
        var (_, pdf, record) = await ExportedAuditAsync(factory, api);
        var (_, sig) = await PdfSigAsync(pdf);
        var verified = await AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<ExportVerification>().VerifyAsync(pdf));

        Assert.Equal("CN=Contoso Bank document signing, O=Contoso Bank", record.GetProperty("signedBy").GetString());
        Assert.Contains("Signature is Valid.", sig, StringComparison.Ordinal);
        Assert.Contains("Contoso Bank document signing", sig, StringComparison.Ordinal);
        Assert.False(verified.PortalCertificateIsSelfSigned);
        Assert.True(verified.Signature.PortalCertificate);
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "export-signing.pfx")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AReportWhoseDataCannotBeReadLeavesAFailedExportWithTheReasonAndNoFile()
    {
        using var factory = new PortalFactory();
        _ = factory.Services;
        var export = new PortalExport { Kind = ExportKind.Incident, SubjectLabel = "gone", Parameters = "{\"incidentRef\":\"INC-1999-0001\"}", RequestedBy = "test", RequestedAt = factory.Clock.GetUtcNow() };
        await factory.WithDbAsync(async db =>
        {
            db.Exports.Add(export);
            await db.SaveChangesAsync();
        });

        var status = await AsSystemAsync(factory, s => s.GetRequiredService<ExportJob>().RunAsync(export.Id, CancellationToken.None));
        var row = await factory.WithDbAsync(db => db.Exports.AsNoTracking().SingleAsync(e => e.Id == export.Id));

        Assert.Equal(ExportStatus.Failed, status);
        Assert.Equal(ExportStatus.Failed, row.Status);
        Assert.Contains("INC-1999-0001", row.Error, StringComparison.Ordinal);
        Assert.Null(row.Sha256);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ExportFiles.CountAsync()));
    }
}
