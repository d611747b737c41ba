using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Exports.Reports;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Requesting a PDF, following it and downloading it. Each call checks both the export policy and that the one acting
/// may see the report's subject now (through the report of its kind), so an archived file is handed only to those
/// allowed to see what it is about.
/// </summary>
public sealed class ExportDesk(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, ExportReports reports, IBackgroundJobClient jobs)
{
    public const string MayNotExport = "Exports are for administrators, security officers and compliance officers.";

    public async Task<ExportResponse> RequestAsync(NewExportRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewExports, MayNotExport);
        var errors = new FieldErrors();
        var kind = errors.Enum<ExportKind>("kind", request.Kind?.Trim());
        if (!errors.HasAny && !reports.Has(kind))
        {
            errors.Add("kind", $"'{request.Kind}' reports cannot be exported here.");
        }

        errors.ThrowIfAny();

        // The report reads its subject through the subject's own area, which checks that the one asking may see it.
        var subject = await reports.For(kind).ResolveAsync(request.Parameters, cancellationToken);
        var export = new PortalExport
        {
            Kind = kind,
            SubjectId = subject.Id,
            SubjectLabel = PortalExport.FitLabel(subject.Label),
            SubjectLink = subject.Link,
            Parameters = subject.Parameters,
            RequestedBy = guard.Actor,
            RequestedAt = clock.GetUtcNow(),
        };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Exports.Add(export);
            await db.SaveChangesAsync(cancellationToken);
        }

        jobs.Enqueue<ExportJob>(job => job.RunAsync(export.Id, CancellationToken.None));
        return ToResponse(export);
    }

    /// <summary>The archive: every export, newest first, for re-download by those allowed to see its subject.</summary>
    public async Task<ListPage<ExportResponse>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewExports, MayNotExport);
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, 200);
        errors.ThrowIfAny();

        // Whoever may export may see every kind's subjects (officers and administrators see every model,
        // incident, audit and team); each download checks its own subject again.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Exports.CountAsync(cancellationToken);
        var rows = await db.Exports.AsNoTracking().OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return new ListPage<ExportResponse>([.. rows.Select(ToResponse)], total, page, pageSize);
    }

    public async Task<ExportResponse> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var export = await VisibleAsync(id, cancellationToken);
        return ToResponse(export);
    }

    /// <summary>The PDF of a finished export, with the name it is downloaded under.</summary>
    public async Task<(byte[] Content, string FileName)> FileAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var export = await VisibleAsync(id, cancellationToken);
        if (export.Status != ExportStatus.Succeeded)
        {
            throw new ConflictException($"Export {export.DocumentId} is {export.Status.ToString().ToLowerInvariant()}; its file is there once it has succeeded.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var content = await db.ExportFiles.AsNoTracking().Where(f => f.ExportId == id).Select(f => f.Content).SingleAsync(cancellationToken);
        return (content, $"{export.Kind.ToString().ToLowerInvariant()}-report-{export.DocumentId}.pdf");
    }

    private async Task<PortalExport> VisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.Require(PortalPolicies.ViewExports, MayNotExport);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var export = await db.Exports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw NotFound(id);

        // The subject decides who may have its report, as it is now.
        reports.For(export.Kind).RequireVisible(export);
        return export;
    }

    public static ExportResponse ToResponse(PortalExport e) => new(
        e.Id,
        e.Kind,
        e.SubjectId,
        e.SubjectLabel,
        e.SubjectLink,
        ParametersOf(e.Parameters),
        e.Status,
        e.Sha256,
        e.SizeBytes,
        e.Pages,
        e.RequestedBy,
        e.RequestedAt,
        e.FinishedAt,
        e.DocumentId,
        e.SignedBy,
        e.Error);

    private static JsonElement ParametersOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static NotFoundException NotFound(Guid id) => new($"There is no export {id}.");
}
