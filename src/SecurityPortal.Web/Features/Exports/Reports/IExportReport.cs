using System.Text.Json;
using SecurityPortal.Core.Exports;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>
/// One kind of PDF: how its request's parameters name a subject, who may have it, and how the subject as it is now
/// becomes pages. Each check runs as the one acting (the requester when asked, the job when generated).
/// </summary>
public interface IExportReport
{
    ExportKind Kind { get; }

    /// <summary>
    /// Reads the parameters and finds the subject, refusing (field errors, not found, not allowed) before anything is
    /// written; the subject is read through its area's own use case, so the area's visibility rules apply.
    /// </summary>
    Task<ExportSubject> ResolveAsync(JsonElement? parameters, CancellationToken cancellationToken);

    /// <summary>Refuses, as "not found", one who may not see this export's subject now.</summary>
    void RequireVisible(PortalExport export);

    Task<byte[]> RenderAsync(PortalExport export, ReportStamp stamp, CancellationToken cancellationToken);
}

/// <summary>What an export is about: its id, a label and a link for the archive, and the parameters as stored.</summary>
public sealed record ExportSubject(Guid Id, string Label, string Link, string Parameters);

/// <summary>What every report of one export shares: the organisation, the document id, when, and the signature.</summary>
public sealed record ReportStamp(string Organisation, string DocumentId, DateTimeOffset GeneratedAt, ReportSignature? Signature)
{
    public ReportHeader Header(string title) => new(Organisation, title, DocumentId, GeneratedAt);
}
