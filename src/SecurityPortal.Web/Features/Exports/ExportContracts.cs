using System.Text.Json;
using SecurityPortal.Core.Exports;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// A request for a PDF: <c>kind</c> names the report (<c>audit</c>, <c>model</c>, <c>incident</c>, <c>training</c>,
/// <c>portfolio</c>), <c>parameters</c> its subject (<c>{ "auditId": "…" }</c>, <c>{ "modelKey": "…" }</c>, …).
/// </summary>
public sealed record NewExportRequest(string? Kind, JsonElement? Parameters);

public sealed record ExportAccepted(Guid Id);

public sealed record ExportResponse(
    Guid Id,
    ExportKind Kind,
    Guid SubjectId,
    string Subject,
    string SubjectLink,
    JsonElement Parameters,
    ExportStatus Status,
    string? Sha256,
    long? SizeBytes,
    int? Pages,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    string DocumentId,
    string? SignedBy,
    string? Error);
