using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// The names of the automatic assessment rules, written <c>subject.condition</c>. Findings are stored under
/// these keys and controls point to them, so a key must not change once used. The serving and version rules
/// read the facts behind each <see cref="ServingGap"/>; the others read incidents, evidence, audits and training.
/// </summary>
public static class AssessmentRuleKey
{
    /// <summary>The endpoint accepts calls without authentication (<see cref="ServingGap.NoAuthentication"/>).</summary>
    public const string NoAuthentication = "serving.auth-missing";

    /// <summary>The endpoint is served without TLS (<see cref="ServingGap.NoTls"/>).</summary>
    public const string NoTls = "serving.tls-off";

    /// <summary>The running version's artifact is stored unencrypted (<see cref="ServingGap.UnencryptedArtifact"/>).</summary>
    public const string UnencryptedArtifact = "version.unencrypted";

    /// <summary>Requests reach the model unvalidated (<see cref="ServingGap.NoInputValidation"/>).</summary>
    public const string NoInputValidation = "serving.input-validation-off";

    /// <summary>The deployment is not monitored (<see cref="ServingGap.NoMonitoring"/>).</summary>
    public const string NoMonitoring = "serving.monitoring-off";

    /// <summary>The deployment writes no security log (<see cref="ServingGap.NoSecurityLogging"/>).</summary>
    public const string NoSecurityLogging = "serving.security-logging-off";

    /// <summary>The running version has no valid signature (<see cref="ServingGap.UnsignedArtifact"/>).</summary>
    public const string UnsignedArtifact = "version.unsigned";

    /// <summary>The endpoint has no rate limit (<see cref="ServingGap.NoRateLimiting"/>).</summary>
    public const string NoRateLimiting = "serving.rate-limit-off";

    /// <summary>A version lacks a well-formed SHA-256 of its artifact, so what runs cannot be proven to be what was approved.</summary>
    public const string MissingDigest = "version.digest-missing";

    /// <summary>A deployment has no earlier, unretired version to roll back to.</summary>
    public const string NoRollbackTarget = "deployment.no-rollback-target";

    /// <summary>An incident has run past one of its SLA clocks.</summary>
    public const string IncidentSlaBreached = "incident.sla-breached";

    /// <summary>An attested control has no evidence, or only expired evidence.</summary>
    public const string EvidenceMissing = "control.evidence-missing";

    /// <summary>An attestation is older than its review period.</summary>
    public const string ReviewStale = "control.review-stale";

    /// <summary>A model's planned audit is past its due date.</summary>
    public const string AuditOverdue = "audit.overdue";

    /// <summary>A person's mandatory course is past its due date.</summary>
    public const string TrainingOverdue = "training.overdue";

    public static IReadOnlyList<string> All { get; } =
    [
        NoAuthentication, NoTls, UnencryptedArtifact, NoInputValidation, NoMonitoring, NoSecurityLogging, UnsignedArtifact,
        NoRateLimiting, MissingDigest, NoRollbackTarget, IncidentSlaBreached, EvidenceMissing, ReviewStale, AuditOverdue,
        TrainingOverdue,
    ];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key, StringComparer.Ordinal);

    /// <summary>The rule that reports <paramref name="gap"/>, so a serving gap and its finding share one name.</summary>
    public static string ForGap(ServingGap gap) => gap switch
    {
        ServingGap.NoAuthentication => NoAuthentication,
        ServingGap.NoTls => NoTls,
        ServingGap.UnencryptedArtifact => UnencryptedArtifact,
        ServingGap.NoInputValidation => NoInputValidation,
        ServingGap.NoMonitoring => NoMonitoring,
        ServingGap.NoSecurityLogging => NoSecurityLogging,
        ServingGap.UnsignedArtifact => UnsignedArtifact,
        ServingGap.NoRateLimiting => NoRateLimiting,
        _ => throw new ArgumentOutOfRangeException(nameof(gap), gap, "Not a serving gap."),
    };
}
