namespace SecurityPortal.Web.Features.Admin;

public sealed record AuditLogEntryResponse(
    long Sequence,
    DateTimeOffset OccurredAt,
    string Actor,
    string Action,
    string EntityType,
    string EntityId,
    string Changes,
    string? CorrelationId,
    string PreviousHash,
    string Hash);
