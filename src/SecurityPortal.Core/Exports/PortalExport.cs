using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Exports;

/// <summary>
/// One requested PDF and, once generated, its archive record: who asked and when, for what, and the file's SHA-256,
/// size and page count. The file itself is kept in <see cref="ExportFile"/> so lists never load it. An export is
/// generated once: a job that finds it already succeeded does nothing.
/// </summary>
public sealed class PortalExport : Entity
{
    private string? _documentId;

    public const int MaxErrorLength = 1000;
    public const int MaxParametersLength = 2000;
    public const int MaxSignedByLength = 400;
    public const int MaxSubjectLinkLength = 300;
    public const int MaxSubjectLabelLength = 300;

    public ExportKind Kind { get; set; }

    /// <summary>The item the report is about (the audit for an audit report).</summary>
    public Guid SubjectId { get; set; }

    /// <summary>What the subject is called, for lists (e.g. "fraud-scorer · Quarterly review, due 2026-12-07").</summary>
    public required string SubjectLabel { get; set; }

    /// <summary>Where the subject is in the portal (<c>/audits/…</c>, <c>/models/…</c>), for the archive's links.</summary>
    public string SubjectLink { get; set; } = "/";

    /// <summary>The request's parameters as JSON (<c>{"auditId":"…"}</c>), kept so the archive says what was asked for.</summary>
    public string Parameters { get; set; } = "{}";

    public ExportStatus Status { get; set; } = ExportStatus.Queued;

    /// <summary>The schedule that made it, if one did; with <see cref="Period"/>, unique in the archive.</summary>
    public Guid? ScheduleId { get; set; }

    /// <summary>The schedule's period it was made for (<c>2026-12</c>, <c>2026-Q4</c>).</summary>
    public string? Period { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Sha256 { get; set; }

    public long? SizeBytes { get; set; }

    public int? Pages { get; set; }

    public string? Error { get; set; }

    /// <summary>The subject of the certificate the file is signed with.</summary>
    public string? SignedBy { get; set; }

    /// <summary>The signing certificate's SHA-1 thumbprint, as X.509 tools show it.</summary>
    public string? SigningThumbprint { get; set; }

    /// <summary>The id printed in every page's footer, so a printed page leads back to this record.</summary>
    /// <remarks>Stored (and indexed) so a handed-in PDF's id finds its record; it follows from the id.</remarks>
    public string DocumentId
    {
        // The id's last twelve hex digits are random; its first twelve are a timestamp that two exports made in
        // the same millisecond share. Exports made before the id was stored keep the id printed on them.
        get => _documentId ?? $"EXP-{Id.ToString("N")[^12..].ToUpperInvariant()}";
        private set => _documentId = value;
    }

    /// <summary>A subject's label cut to what the archive keeps, marked with an ellipsis when cut.</summary>
    public static string FitLabel(string label) =>
        label.Length <= MaxSubjectLabelLength ? label : label[..(MaxSubjectLabelLength - 1)] + "…";

    /// <summary>The generated file is stored: the export is done and is never generated again.</summary>
    public void Succeeded(byte[] pdf, int pages, DateTimeOffset at, string? signedBy = null, string? signingThumbprint = null)
    {
        Status = ExportStatus.Succeeded;
        SignedBy = signedBy is { Length: > MaxSignedByLength } ? signedBy[..MaxSignedByLength] : signedBy;
        SigningThumbprint = signingThumbprint;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        SizeBytes = pdf.Length;
        Pages = pages;
        FinishedAt = at;
        Error = null;
    }

    public void Failed(string reason, DateTimeOffset at)
    {
        Status = ExportStatus.Failed;
        Error = reason.Length <= MaxErrorLength ? reason : reason[..MaxErrorLength];
        FinishedAt = at;
    }
}
