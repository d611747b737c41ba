namespace SecurityPortal.Core.Models;

/// <summary>One past change of what runs in an environment: a deploy or a rollback, from → to.</summary>
public sealed record DeploymentRecord(DateTimeOffset OccurredAt, string? FromVersion, string ToVersion);
