using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

/// <summary>Registering model versions and moving them through review to approval.</summary>
public sealed class ModelVersions(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, CurrentActor actor)
{
    public async Task<VersionResponse> RegisterAsync(string modelKey, NewVersionRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (!SemanticVersion.TryParse(request.Version, out var version))
        {
            errors.Add("version", $"'{request.Version}' is not a semantic version such as 1.4.0 or 2.0.0-rc.1.");
        }

        if (!Uri.TryCreate(request.ArtifactUri, UriKind.Absolute, out var artifact) || request.ArtifactUri!.Length > 2000)
        {
            errors.Add("artifactUri", "Give the artifact's absolute URI (s3://, https://, azureml://, …).");
        }

        if (!ArtifactDigest.IsValidSha256(request.Sha256))
        {
            errors.Add("sha256", "The SHA-256 of the artifact is 64 hexadecimal characters.");
        }

        var encryption = errors.Enum<EncryptionAtRest>("encryptionAtRest", request.EncryptionAtRest);
        if (encryption == EncryptionAtRest.CustomerManagedKey && string.IsNullOrWhiteSpace(request.KeyReference))
        {
            errors.Add("keyReference", "A customer-managed key needs its key reference (e.g. the key vault URI).");
        }

        if (request.SizeBytes is < 0)
        {
            errors.Add("sizeBytes", "The size cannot be negative.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        if (version is not null && await db.ModelVersions.AnyAsync(v => v.ModelId == model.Id && v.Version == version.ToString(), cancellationToken))
        {
            throw new ConflictException($"Version {version} of '{modelKey}' is already registered; versions are immutable, register a new one.");
        }

        errors.ThrowIfAny();
        var entity = new ModelVersion
        {
            ModelId = model.Id,
            Version = version!.ToString(),
            ArtifactUri = artifact!.ToString(),
            Sha256 = ArtifactDigest.Normalize(request.Sha256!),
            SizeBytes = request.SizeBytes,
            EncryptionAtRest = encryption,
            KeyReference = string.IsNullOrWhiteSpace(request.KeyReference) ? null : request.KeyReference.Trim(),
            TrainingDataReference = request.TrainingDataReference,
            Notes = request.Notes,
        };
        db.ModelVersions.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(entity);
    }

    /// <summary>
    /// Approves a version. Approving a draft records its review too: the approver is the reviewer.
    /// </summary>
    public async Task<VersionResponse> ApproveAsync(string modelKey, string version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await FindAsync(db, modelKey, version, cancellationToken);
        if (entity.State == ModelVersionState.Draft)
        {
            entity.State = ModelVersionState.InReview;
            await db.SaveChangesAsync(cancellationToken);
        }

        ModelVersionLifecycle.EnsureCanMove(entity.State, ModelVersionState.Approved);
        entity.State = ModelVersionState.Approved;
        entity.ApprovedAt = clock.GetUtcNow();
        entity.ApprovedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(entity);
    }

    public async Task<IReadOnlyList<VersionResponse>> ListAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var versions = await db.ModelVersions.AsNoTracking().Where(v => v.ModelId == model.Id).ToListAsync(cancellationToken);
        return versions.OrderByDescending(v => SemanticVersion.Parse(v.Version)).Select(ToResponse).ToList();
    }

    internal static async Task<ModelVersion> FindAsync(PortalDbContext db, string modelKey, string version, CancellationToken cancellationToken)
    {
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        return await db.ModelVersions.SingleOrDefaultAsync(v => v.ModelId == model.Id && v.Version == version, cancellationToken)
            ?? throw new NotFoundException($"'{modelKey}' has no version {version}.");
    }

    internal static VersionResponse ToResponse(ModelVersion v) =>
        new(v.Version, v.State.ToString(), v.ArtifactUri, v.Sha256, v.EncryptionAtRest.ToString(), v.KeyReference, v.CreatedAt, v.CreatedBy, v.ApprovedAt, v.ApprovedBy);
}
