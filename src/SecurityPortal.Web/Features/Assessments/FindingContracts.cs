using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>The findings list's filters as they arrive by name (query string, page address); parsed by <see cref="FindingBoard.Parse"/>.</summary>
public sealed record FindingListFilter(
    string? Model = null,
    string? Team = null,
    string? Severity = null,
    string? Status = null,
    string? Source = null,
    string? Practice = null,
    string? Owner = null);

/// <summary>The findings list's filters, typed. Team is a team's name; "-" as owner means unassigned.</summary>
public sealed record FindingQuery(
    string? Model = null,
    string? Team = null,
    FindingSeverity? Severity = null,
    FindingStatus? Status = null,
    FindingSource? Source = null,
    SecurityPractice? Practice = null,
    string? Owner = null);

public sealed record FindingRow(
    Guid Id,
    string RuleKey,
    string ControlCode,
    SecurityPractice Practice,
    string Title,
    FindingSeverity Severity,
    FindingStatus Status,
    string Model,
    string ModelName,
    DeploymentEnvironment? Environment,
    string OwnerTeam,
    string? Owner,
    DateTimeOffset DueAt,
    FindingSource Source,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ResolvedAt,
    bool RiskAcceptancePending);

public sealed record FindingEventResponse(DateTimeOffset OccurredAt, string Actor, FindingEventKind Kind, string Text);

public sealed record FindingResponse(
    FindingRow Finding,
    string Detail,
    string? ResolutionNote,
    string? RiskRequestedBy,
    string? RiskReason,
    DateTimeOffset? RiskAcceptedUntil,
    string? RiskApprovedBy,
    IReadOnlyList<FindingEventResponse> History,
    Guid ConcurrencyToken);

/// <summary>Body of <c>POST /api/v1/findings/{id}/owner</c>: an active person's e-mail, or null to unassign.</summary>
public sealed record AssignFindingRequest(string? Owner, Guid? ConcurrencyToken = null);

/// <summary>Body of <c>POST /api/v1/findings/{id}/risk-acceptance</c>: why the risk is acceptable, and until when.</summary>
public sealed record RiskAcceptanceRequest(string? Reason, DateTimeOffset? Until, Guid? ConcurrencyToken = null);

/// <summary>Body of <c>POST /api/v1/findings/{id}/risk-acceptance/decision</c>.</summary>
public sealed record RiskDecisionRequest(bool Approve, string? Note = null, Guid? ConcurrencyToken = null);

/// <summary>Body of <c>POST /api/v1/findings/{id}/resolution</c>.</summary>
public sealed record ResolveFindingRequest(string? Note, Guid? ConcurrencyToken = null);
