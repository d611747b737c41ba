using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Data;
using SecurityPortal.Reports.Integrity;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Answers, for any PDF someone signed in hands over: is it one of ours, is it unchanged since export (its SHA-256 is
/// in the archive), and whose signature does it carry. Says what the file claims and what the archive knows, and
/// nothing about the report's subject, so it is open to everyone signed in.
/// </summary>
public sealed class ExportVerification(IDbContextFactory<PortalDbContext> contexts, ExportSigningCertificate signing, AccessGuard guard)
{
    /// <summary>Larger than any report the portal makes; larger files are refused before they are read.</summary>
    public const long MaxFileBytes = 25 * 1024 * 1024;

    public async Task<ExportVerificationResult> VerifyAsync(byte[] file, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.SignedIn, "Sign in to verify a PDF.");
        if (file.Length == 0)
        {
            throw new ValidationFailedException("file", "The file is empty.");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new ValidationFailedException("file", $"The file is larger than {MaxFileBytes / (1024 * 1024)} MB; no export of ours is that large.");
        }

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
        var inspection = PdfInspector.Inspect(file);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byHash = await db.Exports.AsNoTracking().Where(e => e.Sha256 == sha256 && e.Status == ExportStatus.Succeeded)
            .OrderBy(e => e.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        var byId = byHash ?? await FindByDocumentIdAsync(db, inspection.DocumentId, cancellationToken);
        var signature = inspection.Signature;
        var ourCertificate = signature.Thumbprint is { } thumbprint
            && (string.Equals(thumbprint, byId?.SigningThumbprint, StringComparison.OrdinalIgnoreCase)
                || await db.Exports.AnyAsync(e => e.SigningThumbprint == thumbprint, cancellationToken));

        var verdict = (inspection.IsPdf, byHash, byId) switch
        {
            (false, _, _) => ExportVerdict.NotAPdf,
            (_, not null, _) => ExportVerdict.Unchanged,
            (_, null, not null) => ExportVerdict.Changed,
            _ => ExportVerdict.NotOurs,
        };
        // The archive's details go only with a file that is byte for byte the export: a changed copy learns that it
        // names one of ours, not who asked for it or when (a printed footer must not open the archive).
        return new ExportVerificationResult(
            verdict,
            sha256,
            byId?.DocumentId ?? inspection.DocumentId,
            byHash is null ? null : new VerifiedExport(byHash.Id, byHash.DocumentId, byHash.Kind, byHash.RequestedBy, byHash.FinishedAt, byHash.Sha256),
            new VerifiedSignature(signature.State, signature.Signer, signature.Thumbprint, signature.SignedAt, ourCertificate, signature.Problem),
            signing.SelfSigned);
    }

    private static async Task<PortalExport?> FindByDocumentIdAsync(PortalDbContext db, string? documentId, CancellationToken cancellationToken) =>
        documentId is null ? null : await db.Exports.AsNoTracking().Where(e => e.DocumentId == documentId && e.Status == ExportStatus.Succeeded)
            .OrderBy(e => e.RequestedAt).FirstOrDefaultAsync(cancellationToken);
}

public enum ExportVerdict
{
    /// <summary>The file is byte for byte an export in the archive.</summary>
    Unchanged,

    /// <summary>The file names one of our exports, but its bytes differ from the archived file.</summary>
    Changed,

    /// <summary>Neither its hash nor its document id is in the archive.</summary>
    NotOurs,

    NotAPdf,
}

public sealed record ExportVerificationResult(
    ExportVerdict Verdict,
    string Sha256,
    string? DocumentId,
    VerifiedExport? Export,
    VerifiedSignature Signature,
    bool PortalCertificateIsSelfSigned);

public sealed record VerifiedExport(Guid Id, string DocumentId, ExportKind Kind, string RequestedBy, DateTimeOffset? FinishedAt, string? ArchivedSha256);

public sealed record VerifiedSignature(PdfSignatureState State, string? Signer, string? Thumbprint, DateTimeOffset? SignedAt, bool PortalCertificate, string? Problem);
