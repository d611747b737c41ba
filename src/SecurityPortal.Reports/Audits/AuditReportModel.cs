namespace SecurityPortal.Reports.Audits;

/// <summary>
/// What an audit report shows, already read and worded by the caller: the report knows labels and values, not the
/// portal's entities. Results are "Pass", "Fail", "Not applicable" or "Open".
/// </summary>
public sealed record AuditReportModel(
    string Plan,
    string Scope,
    string ModelKey,
    string ModelName,
    DateOnly OpensOn,
    DateOnly DueOn,
    string LeadAuditor,
    IReadOnlyList<AuditReportItem> Items,
    IReadOnlyList<AuditReportFinding> Findings,
    IReadOnlyList<AuditReportEvidence> Evidence,
    string? Conclusion,
    string? SignedOffBy,
    DateTimeOffset? SignedOffAt);

public sealed record AuditReportItem(string ControlCode, string Title, string Result, string? Note);

public sealed record AuditReportFinding(string ControlCode, string Title, string Severity, string Status, DateOnly? DueOn);

public sealed record AuditReportEvidence(string ControlCode, string Title, string Sha256OrLink, DateOnly? ExpiresOn);
