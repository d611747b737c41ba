using SecurityPortal.Core.Models;

namespace SecurityPortal.Web.Features.Models;

// Requests and responses of the model-inventory API. Requests carry enum values as the names callers
// sent (so a bad one is a field error naming the field); responses carry the Core enums, which pages
// compare as values and JSON writes as names.
public sealed record NewModelRequest(string? Key, string? Name, string? OwnerTeam, string? RiskTier, string? DataClassification, string? Purpose, string? Tags = null);

/// <summary>An edit of a model's description; <see cref="ConcurrencyToken"/> is the one read with the model.</summary>
public sealed record ModelUpdateRequest(string? Name, string? OwnerTeam, string? RiskTier, string? DataClassification, string? Purpose, string? Tags, Guid ConcurrencyToken);

public sealed record ModelSummary(string Key, string Name, string OwnerTeam, RiskTier RiskTier, DataClassification DataClassification, string? Purpose, DateTimeOffset CreatedAt, Guid OwnerTeamId, string Tags, Guid ConcurrencyToken);

/// <summary>The inventory list's filters and sort; every field optional.</summary>
/// <summary>The list's filters; <see cref="AwaitingReview"/> keeps models with a version in review.</summary>
public sealed record ModelListQuery(string? Search = null, RiskTier? RiskTier = null, Guid? OwnerTeamId = null, DeploymentEnvironment? Environment = null, string? SortBy = null, bool Descending = false, bool AwaitingReview = false);

/// <summary>The list's filters as they arrive in a query string: names, not ids.</summary>
public sealed record ModelListFilter(string? Search, string? RiskTier, string? OwnerTeam, string? Environment, string? SortBy, bool? Descending, bool? AwaitingReview);

public sealed record TeamChoice(Guid Id, string Name);

/// <summary>A version to register, or a correction of one; a correction may carry the <see cref="ConcurrencyToken"/> it was read with.</summary>
public sealed record NewVersionRequest(string? Version, string? ArtifactUri, string? Sha256, string? EncryptionAtRest, string? KeyReference, long? SizeBytes, string? TrainingDataReference, string? Notes, Guid? ConcurrencyToken = null);

// No parameter here may default to a struct's default value: the OpenAPI schema exporter writes parameter
// defaults into the document and cannot write default(Guid).
public sealed record VersionResponse(string Version, ModelVersionState State, string ArtifactUri, string Sha256, EncryptionAtRest EncryptionAtRest, string? KeyReference, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ApprovedAt, string? ApprovedBy, long? SizeBytes, string? TrainingDataReference, string? Notes, Guid ConcurrencyToken);

public sealed record DeployRequest(string? Environment, string? Version, string? Endpoint, string? AuthMode, bool InputValidation, bool Monitoring, bool Logging, bool Tls = true, bool RateLimiting = false);

/// <summary>
/// A rollback names what the caller saw running (<see cref="ExpectedVersion"/>), what to put back
/// (<see cref="ToVersion"/>), or both: then a retried request cannot roll back twice.
/// </summary>
public sealed record RollbackRequest(string? Environment, string? Reason, string? ToVersion, string? ExpectedVersion = null);

/// <summary>Where a model runs; <see cref="Unchanged"/> says a deploy or rollback found it already so and changed nothing.</summary>
public sealed record DeploymentResponse(string Model, DeploymentEnvironment Environment, string Version, string Endpoint, ServingAuthMode AuthMode, bool InputValidation, bool Monitoring, bool Logging, bool Tls, bool RateLimiting, DateTimeOffset ModifiedAt, bool Unchanged);

public sealed record VersionAtResponse(string Model, DeploymentEnvironment Environment, DateTimeOffset At, string? Version);

public sealed record DeploymentEventResponse(DeploymentEventKind Kind, string? FromVersion, string ToVersion, string? Reason, string Actor, DateTimeOffset OccurredAt);
