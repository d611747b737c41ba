namespace SecurityPortal.Reports.Incidents;

/// <summary>What an incident report shows, already worded by the caller (labels, not entities).</summary>
public sealed record IncidentReportModel(
    string Ref,
    string Title,
    string Description,
    string Severity,
    string Category,
    string Phase,
    DateTimeOffset DetectedAt,
    string Reporter,
    string? Assignee,
    IReadOnlyList<string> AffectedModels,
    IReadOnlyList<IncidentReportClock> Clocks,
    IncidentReportNotification Notification,
    string? RootCause,
    string? LessonsLearned,
    IReadOnlyList<IncidentReportEvent> Timeline);

/// <summary>One SLA clock: when it started, when it was due, when it was met (if it was), and whether it was breached.</summary>
public sealed record IncidentReportClock(string Name, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? MetAt, bool Breached);

/// <summary>The serious-incident report to the authority (EU AI Act Art. 73), when one is owed.</summary>
public sealed record IncidentReportNotification(string Reportable, bool Owed, DateTimeOffset? DueAt, DateTimeOffset? ReportedAt, string? AuthorityReference);

public sealed record IncidentReportEvent(DateTimeOffset At, string Actor, string Kind, string Text);
