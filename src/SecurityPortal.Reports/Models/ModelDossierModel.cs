namespace SecurityPortal.Reports.Models;

/// <summary>Everything the model compliance dossier shows, already worded by the caller.</summary>
public sealed record ModelDossierModel(
    string Key,
    string Name,
    string OwnerTeam,
    string RiskTier,
    string DataClassification,
    string? Purpose,
    IReadOnlyList<DossierVersion> Versions,
    IReadOnlyList<DossierDeployment> Deployments,
    IReadOnlyList<DossierDeploymentEvent> DeploymentHistory,
    IReadOnlyList<DossierControl> Controls,
    IReadOnlyList<DossierScore> Scores,
    IReadOnlyList<DossierFinding> Findings,
    IReadOnlyList<DossierIncident> Incidents,
    IReadOnlyList<DossierAudit> Audits,
    DossierTraining? Training);

public sealed record DossierVersion(string Version, string State, string Sha256, string Encryption, DateTimeOffset RegisteredAt, string? ApprovedBy);

public sealed record DossierDeployment(string Environment, string Version, string Authentication, bool InputValidation, bool Monitoring, bool Logging, bool Tls, bool RateLimiting);

public sealed record DossierDeploymentEvent(DateTimeOffset At, string Environment, string Kind, string? FromVersion, string ToVersion, string? Reason, string Actor);

public sealed record DossierControl(string Code, string Title, string Status, string? ReviewedBy, DateTimeOffset? ReviewedAt, int CurrentEvidence);

public sealed record DossierScore(int Run, DateTimeOffset At, int Score);

public sealed record DossierFinding(string Severity, string Title, string Status, DateOnly DueOn);

public sealed record DossierIncident(string Ref, string Title, string Severity, string Phase, DateTimeOffset DetectedAt);

public sealed record DossierAudit(string Plan, string Status, DateOnly DueOn, string? SignedOffBy);

/// <summary>The owner team's training: its completion and who in it is overdue.</summary>
public sealed record DossierTraining(int Assigned, int Completed, int Overdue, int Percent, IReadOnlyList<string> OverduePeople);
