using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// Proof that a control is met on a model: a file, a link or a note, with an optional expiry after which it no
/// longer counts (a penetration test from two years ago proves little). Files are kept in the evidence store under
/// <see cref="StorageKey"/>; the row holds what a reader needs to trust the file: its SHA-256 and its real type.
/// </summary>
public sealed class ControlEvidence : Entity
{
    public const int MaxTitleLength = 200;
    public const int MaxNoteLength = 2000;
    public const int MaxUrlLength = 2000;

    public Guid ModelId { get; set; }

    public required string ControlCode { get; set; }

    public EvidenceKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Url { get; set; }

    public string? Note { get; set; }

    public string? FileName { get; set; }

    public EvidenceFileType? FileType { get; set; }

    public long? SizeBytes { get; set; }

    public string? Sha256 { get; set; }

    public string? StorageKey { get; set; }

    /// <summary>The last moment the evidence counts; null when it does not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public bool IsCurrentAt(DateTimeOffset at) => ExpiresAt is not { } until || at <= until;
}
