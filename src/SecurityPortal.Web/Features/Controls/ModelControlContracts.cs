using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>One piece of evidence as the model page and the API show it; the file itself is fetched separately.</summary>
public sealed record EvidenceResponse(
    Guid Id,
    EvidenceKind Kind,
    string Title,
    string? Url,
    string? Note,
    string? FileName,
    string? MediaType,
    long? SizeBytes,
    string? Sha256,
    DateTimeOffset? ExpiresAt,
    bool Current,
    string AddedBy,
    DateTimeOffset AddedAt);

/// <summary>A control that applies to the model, with what its owners recorded (null status: nothing recorded yet).</summary>
public sealed record ModelControlResponse(
    string Code,
    string Title,
    SecurityPractice Practice,
    ControlCheck Check,
    ControlImplementation? Status,
    string? Justification,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    bool ReviewDue,
    IReadOnlyList<EvidenceResponse> Evidence,
    Guid? ConcurrencyToken)
{
    public bool HasCurrentEvidence => Evidence.Any(e => e.Current);
}

/// <summary>Body of <c>PUT /api/v1/models/{key}/controls/{code}</c>.</summary>
public sealed record SetControlStatusRequest(string? Status, string? Justification, Guid? ConcurrencyToken = null);

/// <summary>Body of <c>POST /api/v1/models/{key}/controls/{code}/evidence</c> for a link or a note; files are posted as a form.</summary>
public sealed record AddEvidenceRequest(string? Kind, string? Title, string? Url, string? Note, DateTimeOffset? ExpiresAt);

/// <summary>An evidence file ready to send: always as an attachment, with its real type.</summary>
public sealed record EvidenceDownload(Stream Content, string MediaType, string FileName, string Sha256);
