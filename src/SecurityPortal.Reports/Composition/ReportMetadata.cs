using PdfSharp.Pdf;

namespace SecurityPortal.Reports.Composition;

/// <summary>
/// The document information every report carries: title, organisation, the document id (as the subject and as the
/// keywords) and the creation time. PDFsharp writes the same facts as the XMP metadata packet when it saves. PDFsharp
/// 6.2 cannot write PDF/A (no output intent, no conformance checks), so the file makes no PDF/A claim.
/// </summary>
public static class ReportMetadata
{
    /// <summary>The document information's subject starts with this, followed by the document id.</summary>
    public const string DocumentIdPrefix = "Document ";

    public static void Write(PdfDocument document, ReportHeader header)
    {
        document.Info.Title = header.Title;
        document.Info.Author = header.Organisation;
        document.Info.Subject = DocumentIdPrefix + header.DocumentId;
        document.Info.Keywords = header.DocumentId;
        document.Info.Creator = "SecurityPortal";
        document.Info.CreationDate = header.GeneratedAt.UtcDateTime;
        document.Info.ModificationDate = header.GeneratedAt.UtcDateTime;
    }
}
