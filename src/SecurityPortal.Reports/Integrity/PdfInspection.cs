namespace SecurityPortal.Reports.Integrity;

/// <summary>What a PDF says about itself: the document id it carries, if any, and its last signature.</summary>
public sealed record PdfInspection(bool IsPdf, string? DocumentId, PdfSignatureCheck Signature);

public enum PdfSignatureState
{
    /// <summary>The file carries no signature.</summary>
    None,

    /// <summary>The signature matches the bytes it covers, and it covers the whole file.</summary>
    Valid,

    /// <summary>The bytes no longer match the signature, or the signature itself cannot be read.</summary>
    Invalid,

    /// <summary>The signature is sound, but bytes were appended after it (an incremental update after signing).</summary>
    PartialCoverage,
}

/// <summary>
/// The last signature of a PDF: its state, who signed (the signing certificate's subject and SHA-1 thumbprint, as
/// X.509 tools show it), and when, by the signer's own claim.
/// </summary>
public sealed record PdfSignatureCheck(PdfSignatureState State, string? Signer, string? Thumbprint, DateTimeOffset? SignedAt, string? Problem)
{
    public static readonly PdfSignatureCheck None = new(PdfSignatureState.None, null, null, null, null);
}
