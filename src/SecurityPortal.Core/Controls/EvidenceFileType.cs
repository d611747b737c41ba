namespace SecurityPortal.Core.Controls;

/// <summary>
/// The kinds of file accepted as evidence for a control, recognised by <see cref="EvidenceContent.Identify"/> from
/// what the file holds. The list is short on purpose: each kind is one reviewers can open safely, and anything that
/// can run code when opened (executables, HTML or SVG with script, archives of anything) stays out.
/// </summary>
public enum EvidenceFileType
{
    /// <summary>A PDF document: scanned sign-offs, exported reports, audit letters.</summary>
    Pdf,

    /// <summary>A PNG image, typically a screenshot of a setting or a dashboard.</summary>
    Png,

    /// <summary>A JPEG image, typically a photo or a screenshot.</summary>
    Jpeg,

    /// <summary>UTF-8 plain text: CSV, Markdown, JSON, configuration dumps and logs.</summary>
    Text,

    /// <summary>A Word document (.docx).</summary>
    WordDocument,

    /// <summary>An Excel workbook (.xlsx).</summary>
    Spreadsheet,
}
