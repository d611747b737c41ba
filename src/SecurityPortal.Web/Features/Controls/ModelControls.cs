using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Controls.Evidence;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>
/// A model's control statuses and their evidence. Reading needs the right to see the model; changing needs
/// ManageControls on the model's team as stored now. Evidence files are checked by content, hashed and kept in the
/// evidence store, never under wwwroot.
/// </summary>
public sealed class ModelControls(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    AccessGuard guard,
    IEvidenceFileStore files,
    EvidenceOptions evidenceOptions,
    AssessmentOptions assessmentOptions)
{
    private const string MayNotView = "The model inventory is for administrators, security officers, team leads and compliance officers.";
    private const string MayNotManage = "Only administrators, security officers and the owning team's lead can record controls.";

    /// <summary>Every catalogue control that applies to the model's risk tier, in catalogue order.</summary>
    public async Task<IReadOnlyList<ModelControlResponse>> ListAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var statuses = await db.ControlStatuses.AsNoTracking().Where(s => s.ModelId == model.Id).ToDictionaryAsync(s => s.ControlCode, cancellationToken);
        var evidence = (await db.Evidence.AsNoTracking().Where(e => e.ModelId == model.Id).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken))
            .ToLookup(e => e.ControlCode);
        var now = clock.GetUtcNow();
        var review = TimeSpan.FromDays(assessmentOptions.ReviewPeriodDays);
        return [.. ControlCatalogue.ApplicableTo(model.RiskTier, null).Select(control =>
        {
            var status = statuses.GetValueOrDefault(control.Code);
            return new ModelControlResponse(
                control.Code,
                control.Title,
                control.Practice,
                control.Check,
                status?.Status,
                status?.Justification,
                status?.ReviewedBy,
                status?.ReviewedAt,
                status is not null && now - status.ReviewedAt > review,
                [.. evidence[control.Code].Select(e => ToResponse(e, now))],
                status?.ConcurrencyToken);
        })];
    }

    /// <summary>Sets or confirms a status; saving the same status again counts as a review.</summary>
    public async Task<ModelControlResponse> SetStatusAsync(string modelKey, string controlCode, SetControlStatusRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageControls, MayNotManage);
        var control = Control(controlCode);
        var errors = new FieldErrors();
        var status = errors.Enum<ControlImplementation>("status", request.Status);
        var justification = string.IsNullOrWhiteSpace(request.Justification) ? null : request.Justification.Trim();
        if (!errors.HasAny && status is ControlImplementation.NotApplicable or ControlImplementation.Partial && justification is null)
        {
            errors.Add("justification", status == ControlImplementation.NotApplicable
                ? "Say why the control does not apply to this model."
                : "Say what is missing for the control to be met in full.");
        }

        if (justification is { Length: > ModelControlStatus.MaxJustificationLength })
        {
            errors.Add("justification", $"The justification is at most {ModelControlStatus.MaxJustificationLength} characters.");
        }

        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageControls, model.OwnerTeamId, "this model's controls", cancellationToken);
        var row = await db.ControlStatuses.SingleOrDefaultAsync(s => s.ModelId == model.Id && s.ControlCode == control.Code, cancellationToken);
        if (row is null)
        {
            row = new ModelControlStatus { ModelId = model.Id, ControlCode = control.Code, ReviewedBy = guard.Actor };
            db.ControlStatuses.Add(row);
        }
        else
        {
            db.ExpectToken(row, request.ConcurrencyToken);
        }

        row.Status = status;
        row.Justification = justification;
        row.ReviewedBy = guard.Actor;
        row.ReviewedAt = clock.GetUtcNow();
        await db.SaveOrConflictAsync($"Someone else recorded {control.Code} on {model.Key} a moment ago; reload and try again.", cancellationToken);
        return await OneAsync(model.Key, control.Code, cancellationToken);
    }

    /// <summary>Attaches a link or a note.</summary>
    public async Task<ModelControlResponse> AddEvidenceAsync(string modelKey, string controlCode, AddEvidenceRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageControls, MayNotManage);
        var control = Control(controlCode);
        var errors = new FieldErrors();
        var kind = errors.Enum<EvidenceKind>("kind", request.Kind);
        var title = Title(errors, request.Title);
        string? url = null;
        string? note = null;
        if (!errors.HasAny && kind == EvidenceKind.File)
        {
            errors.Add("kind", "Upload a file as a form with the file attached.");
        }
        else if (kind == EvidenceKind.Link)
        {
            url = request.Url?.Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                errors.Add("url", "Give the link as a full http:// or https:// address.");
            }
            else if (url!.Length > ControlEvidence.MaxUrlLength)
            {
                errors.Add("url", $"The link is at most {ControlEvidence.MaxUrlLength} characters.");
            }
        }
        else if (kind == EvidenceKind.Note)
        {
            note = request.Note?.Trim();
            if (string.IsNullOrEmpty(note))
            {
                errors.Add("note", "Write the note.");
            }
            else if (note.Length > ControlEvidence.MaxNoteLength)
            {
                errors.Add("note", $"The note is at most {ControlEvidence.MaxNoteLength} characters.");
            }
        }

        CheckExpiry(errors, request.ExpiresAt);
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageControls, model.OwnerTeamId, "this model's controls", cancellationToken);
        db.Evidence.Add(new ControlEvidence { ModelId = model.Id, ControlCode = control.Code, Kind = kind, Title = title!, Url = url, Note = note, ExpiresAt = request.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return await OneAsync(model.Key, control.Code, cancellationToken);
    }

    /// <summary>
    /// Uploads a file. The content decides the type, whatever the name says; the size limit is checked while reading
    /// so an oversized upload is never held whole. Nothing is stored when a check fails.
    /// </summary>
    public async Task<ModelControlResponse> UploadAsync(
        string modelKey, string controlCode, string? title, string? fileName, Stream content, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageControls, MayNotManage);
        var control = Control(controlCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageControls, model.OwnerTeamId, "this model's controls", cancellationToken);

        var errors = new FieldErrors();
        var cleanTitle = Title(errors, string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(fileName) : title);
        CheckExpiry(errors, expiresAt);
        using var buffer = new MemoryStream();
        var limit = evidenceOptions.MaxFileBytes;
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0 && buffer.Length <= limit)
        {
            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var type = EvidenceUploadRules.Check(errors, "file", buffer.Length, limit, bytes[..Math.Min(bytes.Length, EvidenceContent.SniffLength)]);
        errors.ThrowIfAny();

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        buffer.Position = 0;
        var key = await files.SaveAsync(buffer, cancellationToken);
        db.Evidence.Add(new ControlEvidence
        {
            ModelId = model.Id,
            ControlCode = control.Code,
            Kind = EvidenceKind.File,
            Title = cleanTitle!,
            FileName = EvidenceContent.DownloadName(fileName, type),
            FileType = type,
            SizeBytes = buffer.Length,
            Sha256 = sha256,
            StorageKey = key,
            ExpiresAt = expiresAt,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Keep the store in step with the rows: a file nobody can reach is only clutter.
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return await OneAsync(model.Key, control.Code, cancellationToken);
    }

    /// <summary>The file, for someone who may see the model; to anyone else it does not exist.</summary>
    public async Task<EvidenceDownload> DownloadAsync(Guid evidenceId, CancellationToken cancellationToken = default)
    {
        guard.RequireVisible(PortalPolicies.ViewModels, owner: null, $"There is no evidence {evidenceId}.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.Kind == EvidenceKind.File, cancellationToken)
            ?? throw new NotFoundException($"There is no evidence file {evidenceId}.");
        var stream = await files.OpenReadAsync(evidence.StorageKey!, cancellationToken);
        return new EvidenceDownload(stream, EvidenceContent.MediaType(evidence.FileType!.Value), evidence.FileName!, evidence.Sha256!);
    }

    private async Task<ModelControlResponse> OneAsync(string modelKey, string code, CancellationToken cancellationToken) =>
        (await ListAsync(modelKey, cancellationToken)).FirstOrDefault(c => c.Code == code)
        ?? throw new NotFoundException($"{code} does not apply to '{modelKey}'.");

    private static SecurityControl Control(string code) =>
        ControlCatalogue.Find(code) ?? throw new NotFoundException($"There is no control '{code}' in the catalogue.");

    private static string? Title(FieldErrors errors, string? title)
    {
        var clean = title?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            errors.Add("title", "Give the evidence a title.");
            return null;
        }

        if (clean.Length > ControlEvidence.MaxTitleLength)
        {
            errors.Add("title", $"The title is at most {ControlEvidence.MaxTitleLength} characters.");
        }

        return clean;
    }

    private void CheckExpiry(FieldErrors errors, DateTimeOffset? expiresAt)
    {
        if (expiresAt is { } until && until <= clock.GetUtcNow())
        {
            errors.Add("expiresAt", "Evidence that has already expired would not count; give a date in the future or none.");
        }
    }

    /// <summary>Also how an audit item lists the evidence it was judged on.</summary>
    public static EvidenceResponse ToResponse(ControlEvidence e, DateTimeOffset now) => new(
        e.Id, e.Kind, e.Title, e.Url, e.Note, e.FileName, e.FileType is { } type ? EvidenceContent.MediaType(type) : null,
        e.SizeBytes, e.Sha256, e.ExpiresAt, e.IsCurrentAt(now), e.CreatedBy, e.CreatedAt);
}
