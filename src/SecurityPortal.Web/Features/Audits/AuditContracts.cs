using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;
using SecurityPortal.Web.Features.Controls;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>A new plan as the form and the API send it; checked by <see cref="AuditPlanDetails.Parse"/>.</summary>
public sealed record NewAuditPlanRequest(
    string? Title,
    string? Recurrence,
    DateOnly? AnchorOn,
    int? LeadDays,
    string? LeadAuditor,
    IReadOnlyList<string>? Models = null,
    IReadOnlyList<string>? RiskTiers = null,
    IReadOnlyList<string>? Teams = null,
    IReadOnlyList<string>? Controls = null);

/// <summary>A plan with its scope in words and its next due date.</summary>
public sealed record AuditPlanResponse(
    Guid Id,
    string Title,
    AuditRecurrence Recurrence,
    DateOnly AnchorOn,
    int LeadDays,
    string LeadAuditor,
    bool Active,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> RiskTiers,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> Controls,
    string ScopeText,
    DateOnly? NextDueOn,
    int Audits);

/// <summary>The audits list's filters as they arrive by name (query string, page address).</summary>
public sealed record AuditListFilter(
    string? Status = null,
    string? Model = null,
    Guid? Plan = null,
    string? Team = null,
    string? Auditor = null,
    DateOnly? DueBefore = null,
    DateOnly? DueFrom = null);

/// <summary>The audits list's filters, typed. Team is a team's name, auditor an e-mail; dates are due dates, both ends included.</summary>
public sealed record AuditQuery(
    AuditStatus? Status = null,
    string? Model = null,
    Guid? Plan = null,
    string? Team = null,
    string? Auditor = null,
    DateOnly? DueBefore = null,
    DateOnly? DueFrom = null);

public sealed record AuditRow(
    Guid Id,
    Guid PlanId,
    string Plan,
    string Model,
    string ModelName,
    string Team,
    string LeadAuditor,
    AuditStatus Status,
    DateOnly OpensOn,
    DateOnly DueOn,
    int Answered,
    int Items,
    int Findings,
    string? SignedOffBy,
    DateTimeOffset? SignedOffAt);

public sealed record AuditPlanRef(Guid Id, string Title);

public sealed record AuditModelRef(string Key, string Name, string Team);

public sealed record AuditItemResponse(
    string ControlCode,
    string Title,
    SecurityPractice Practice,
    AuditItemResult? Result,
    string? Note,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt,
    AuditItemResult? PreviousResult,
    string? PreviousNote,
    string? ChangedSinceLastCycle,
    Guid? FindingId,
    IReadOnlyList<EvidenceResponse> Evidence);

public sealed record AuditFindingResponse(Guid Id, string ControlCode, string Title, FindingSeverity Severity, FindingStatus Status, DateTimeOffset DueAt);

public sealed record AuditResponse(
    Guid Id,
    AuditPlanRef Plan,
    AuditModelRef Model,
    AuditStatus Status,
    DateOnly OpensOn,
    DateOnly DueAt,
    string LeadAuditor,
    int Answered,
    IReadOnlyList<AuditItemResponse> Items,
    IReadOnlyList<AuditFindingResponse> Findings,
    string? Conclusion,
    string? SignedOffBy,
    DateTimeOffset? SignedOffAt,
    Guid? StartedFromAuditId,
    Guid ConcurrencyToken);

public sealed record AuditItemRequest(string? Result, string? Note);

public sealed record AuditFindingRequest(string? ControlCode, string? Title, string? Severity, string? Description);

public sealed record AuditSignOffRequest(string? Conclusion);

/// <summary>What the job did in one run, for its log and for tests.</summary>
public sealed record AuditScheduleOutcome(int Created, int RemindersSent);

/// <summary>One due date on the 12-month calendar: a plan's cycle, with the models it covers today.</summary>
public sealed record AuditCalendarEntry(Guid PlanId, string Plan, DateOnly OpensOn, DateOnly DueOn, int Models, string LeadAuditor);

/// <summary>A model's audits at a glance, for its page.</summary>
public sealed record ModelAuditSummary(AuditRow? Last, AuditRow? Next);

/// <summary>The dashboard's audit figures.</summary>
public sealed record AuditFigures(int Overdue, int DueThisMonth, int InProgress, DateOnly Today, DateOnly MonthEnd);
