using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

/// <summary>Registering model versions and moving them through review to approval.</summary>
public sealed class ModelVersions(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, CurrentActor actor, AccessGuard guard, IOptions<ModelOptions> options, Training.TrainingGate trainingGate)
{
    private const string MayNotManage = "Only administrators, security officers and team leads change model versions.";

    public async Task<VersionResponse> RegisterAsync(string modelKey, NewVersionRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        var errors = new FieldErrors();
        if (!SemanticVersion.TryParse(request.Version, out var version))
        {
            errors.Add("version", $"'{request.Version}' is not a semantic version such as 1.4.0 or 2.0.0-rc.1.");
        }

        var artifact = CheckArtifact(errors, request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, model.OwnerTeamId, "this model", cancellationToken);
        if (version is not null && await db.ModelVersions.AnyAsync(v => v.ModelId == model.Id && v.Version == version.ToString(), cancellationToken))
        {
            throw new ConflictException($"Version {version} of '{modelKey}' is already registered; versions are immutable, register a new one.");
        }

        errors.ThrowIfAny();
        var entity = new ModelVersion { ModelId = model.Id, Version = version!.ToString(), ArtifactUri = string.Empty, Sha256 = string.Empty };
        artifact!.ApplyTo(entity);
        db.ModelVersions.Add(entity);
        await db.SaveOrConflictAsync($"Version {entity.Version} of '{modelKey}' was registered by someone else a moment ago.", cancellationToken);
        return ToResponse(entity);
    }

    /// <summary>Corrects a version still in Draft or review; approved and retired versions answer 409.</summary>
    public async Task<VersionResponse> UpdateAsync(string modelKey, string version, NewVersionRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await FindToChangeAsync(db, modelKey, version, cancellationToken);
        if (ModelVersionLifecycle.IsImmutable(entity.State))
        {
            throw new ConflictException($"Version {entity.Version} is {Labels.InSentence(entity.State)} and can no longer change; register a new version instead.");
        }

        var errors = new FieldErrors();
        var artifact = CheckArtifact(errors, request);
        errors.ThrowIfAny();
        db.ExpectToken(entity, request.ConcurrencyToken);
        artifact!.ApplyTo(entity);
        await db.SaveUnlessChangedAsync(cancellationToken);
        return ToResponse(entity);
    }

    /// <summary>Moves a version to review, back to draft, or into retirement, as the lifecycle allows.</summary>
    /// <remarks>
    /// With <paramref name="seen"/> (the token the person was shown) a version corrected since then is
    /// not moved: nobody approves an artifact other than the one they looked at.
    /// </remarks>
    public async Task<VersionResponse> MoveAsync(string modelKey, string version, ModelVersionState to, Guid? seen = null, CancellationToken cancellationToken = default)
    {
        if (to == ModelVersionState.Approved)
        {
            return await ApproveAsync(modelKey, version, seen, cancellationToken);
        }

        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await FindToChangeAsync(db, modelKey, version, cancellationToken);
        db.ExpectToken(entity, seen);
        ModelVersionLifecycle.EnsureCanMove(entity.State, to);
        if (to == ModelVersionState.Retired
            && await db.Deployments.AnyAsync(d => d.CurrentVersionId == entity.Id, cancellationToken))
        {
            throw new ConflictException($"Version {entity.Version} still runs somewhere; deploy or roll back to another version before retiring it.");
        }

        entity.State = to;
        await db.SaveUnlessChangedAsync(cancellationToken);
        return ToResponse(entity);
    }

    private static ArtifactFields? CheckArtifact(FieldErrors errors, NewVersionRequest request)
    {
        var before = errors.Count;
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

        if (request.Notes?.Length > 4000 || request.TrainingDataReference?.Length > 2000)
        {
            errors.Add(request.Notes?.Length > 4000 ? "notes" : "trainingDataReference", "That text is too long.");
        }

        return errors.Count > before
            ? null
            : new ArtifactFields(artifact!.ToString(), ArtifactDigest.Normalize(request.Sha256!), request.SizeBytes, encryption,
                string.IsNullOrWhiteSpace(request.KeyReference) ? null : request.KeyReference.Trim(),
                string.IsNullOrWhiteSpace(request.TrainingDataReference) ? null : request.TrainingDataReference.Trim(),
                string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim());
    }

    private sealed record ArtifactFields(string ArtifactUri, string Sha256, long? SizeBytes, EncryptionAtRest Encryption, string? KeyReference, string? TrainingDataReference, string? Notes)
    {
        public void ApplyTo(ModelVersion version)
        {
            version.ArtifactUri = ArtifactUri;
            version.Sha256 = Sha256;
            version.SizeBytes = SizeBytes;
            version.EncryptionAtRest = Encryption;
            version.KeyReference = KeyReference;
            version.TrainingDataReference = TrainingDataReference;
            version.Notes = Notes;
        }
    }

    /// <summary>
    /// Approves a version. Approving a draft records its review too: the approver is the reviewer.
    /// </summary>
    public async Task<VersionResponse> ApproveAsync(string modelKey, string version, Guid? seen = null, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await FindToChangeAsync(db, modelKey, version, cancellationToken);
        db.ExpectToken(entity, seen);
        // A draft passes through review in the same save, so a refused approval leaves it a draft.
        var from = entity.State == ModelVersionState.Draft ? ModelVersionState.InReview : entity.State;
        ModelVersionLifecycle.EnsureCanMove(from, ModelVersionState.Approved);
        SeparateApprover.Ensure(entity.Version, entity.CreatedBy, actor.Name, options.Value.RequireSeparateApprover);
        await trainingGate.EnsureMayApproveAsync(db, cancellationToken);
        entity.State = ModelVersionState.Approved;
        entity.ApprovedAt = clock.GetUtcNow();
        entity.ApprovedBy = actor.Name;
        await db.SaveUnlessChangedAsync(cancellationToken);
        return ToResponse(entity);
    }

    public async Task<IReadOnlyList<VersionResponse>> ListAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, "The model inventory is for administrators, security officers, team leads and compliance officers.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var versions = await db.ModelVersions.AsNoTracking().Where(v => v.ModelId == model.Id).ToListAsync(cancellationToken);
        return versions.OrderByDescending(v => SemanticVersion.Parse(v.Version)).Select(ToResponse).ToList();
    }

    /// <summary>A model's version numbers, newest first, for naming the affected version in an incident report.</summary>
    public async Task<IReadOnlyList<string>> NumbersForReportAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ReportIncidents, "Sign in to report an incident.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        var numbers = await db.ModelVersions.AsNoTracking().Where(v => v.ModelId == model.Id).Select(v => v.Version).ToListAsync(cancellationToken);
        return [.. numbers.OrderByDescending(SemanticVersion.Parse)];
    }

    /// <summary>The version to change, after the guard has checked the one acting against its model's team as it is now.</summary>
    private async Task<ModelVersion> FindToChangeAsync(PortalDbContext db, string modelKey, string version, CancellationToken cancellationToken)
    {
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, model.OwnerTeamId, "this model", cancellationToken);
        return await db.ModelVersions.SingleOrDefaultAsync(v => v.ModelId == model.Id && v.Version == version, cancellationToken)
            ?? throw new NotFoundException($"'{modelKey}' has no version {version}.");
    }

    internal static async Task<ModelVersion> FindAsync(PortalDbContext db, string modelKey, string version, CancellationToken cancellationToken)
    {
        var model = await ModelInventory.FindModelAsync(db, modelKey, cancellationToken);
        return await db.ModelVersions.SingleOrDefaultAsync(v => v.ModelId == model.Id && v.Version == version, cancellationToken)
            ?? throw new NotFoundException($"'{modelKey}' has no version {version}.");
    }

    internal static VersionResponse ToResponse(ModelVersion v) =>
        new(v.Version, v.State, v.ArtifactUri, v.Sha256, v.EncryptionAtRest, v.KeyReference, v.CreatedAt, v.CreatedBy, v.ApprovedAt, v.ApprovedBy, v.SizeBytes, v.TrainingDataReference, v.Notes, v.ConcurrencyToken);
}
