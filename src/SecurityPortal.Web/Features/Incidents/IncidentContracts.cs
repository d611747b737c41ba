using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Web.Features.Incidents;

// Requests and responses of the incidents API and pages. Requests carry enum values as the names callers
// sent (a bad one is a field error naming the field); responses carry the Core enums, which pages compare
// as values and JSON writes as names (severities as SEV1–SEV4).
public sealed record NewIncidentRequest(
    string? Title,
    string? Description,
    string? Severity,
    string? Category,
    IReadOnlyList<string>? AffectedModels,
    IReadOnlyDictionary<string, string>? AffectedVersions,
    DateTimeOffset? DetectedAt,
    string? Reportable = null);

public sealed record TransitionRequest(string? To, string? Note, string? RootCause, string? LessonsLearned, Guid? ConcurrencyToken = null);

public sealed record CommentRequest(string? Text);

public sealed record AssignRequest(string? Assignee, Guid? ConcurrencyToken = null);

public sealed record IncidentEditRequest(string? Title, string? Description, string? Severity, string? Category, string? Reportable, Guid ConcurrencyToken);

/// <summary>The Art. 73 report as sent: the authority's reference, and when (now when not given).</summary>
public sealed record ReportSentRequest(string? AuthorityReference, DateTimeOffset? SentAt);

/// <summary>Rolls an affected model back; like a model rollback it names what runs now, what to put back, or both.</summary>
public sealed record IncidentRollbackRequest(string? Model, string? Environment, string? Reason, string? ToVersion, string? ExpectedVersion = null);

/// <summary>One clock as read at the moment of the response; <see cref="StartedAt"/> lets a page keep it running.</summary>
public sealed record SlaClockResponse(string Name, DateTimeOffset DueAt, DateTimeOffset? MetAt, TimeSpan? TimeLeft, bool Breached, string Status, DateTimeOffset StartedAt);

public sealed record TimelineEntryResponse(DateTimeOffset OccurredAt, string Actor, TimelineEntryKind Kind, string Text);

public sealed record AffectedModelResponse(string Model, string? Version);

public sealed record IncidentResponse(
    string Ref,
    string Title,
    string Description,
    IncidentSeverity Severity,
    string Category,
    string CategoryTitle,
    IncidentPhase Phase,
    IReadOnlyList<IncidentPhase> NextPhases,
    DateTimeOffset DetectedAt,
    string Reporter,
    string? Assignee,
    IReadOnlyList<AffectedModelResponse> AffectedModels,
    SlaTargetsResponse SlaTargets,
    IReadOnlyList<SlaClockResponse> Clocks,
    bool Breached,
    ReportableKind Reportable,
    DateTimeOffset? ReportDueAt,
    DateTimeOffset? ReportedAt,
    string? AuthorityReference,
    string? RootCause,
    string? LessonsLearned,
    IReadOnlyList<TimelineEntryResponse> Timeline,
    Guid ConcurrencyToken);

public sealed record SlaTargetsResponse(TimeSpan Acknowledge, TimeSpan Contain, TimeSpan Resolve);

public sealed record IncidentRow(
    string Ref,
    string Title,
    IncidentSeverity Severity,
    IncidentPhase Phase,
    string? Assignee,
    IReadOnlyList<string> Models,
    DateTimeOffset DetectedAt,
    bool Breached,
    string? NextDue,
    DateTimeOffset? NextDueAt,
    ReportableKind Reportable);

/// <summary>The incidents list's filters; every field optional. <see cref="OpenOnly"/> hides closed incidents.</summary>
public sealed record IncidentListQuery(
    IncidentSeverity? Severity = null,
    IncidentPhase? Phase = null,
    string? Assignee = null,
    string? Model = null,
    bool? Breached = null,
    bool OpenOnly = false,
    string? Search = null,
    bool ReportDue = false);

/// <summary>
/// The list's filters as they arrive over the API, severity and phase by name; <see cref="IncidentBoard.Parse"/>
/// turns them into an <see cref="IncidentListQuery"/> or field errors.
/// </summary>
public sealed record IncidentListFilter(
    string? Severity = null,
    string? Phase = null,
    string? Assignee = null,
    string? Model = null,
    bool? Breached = null,
    bool OpenOnly = false,
    string? Search = null,
    bool ReportDue = false);
