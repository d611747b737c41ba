namespace SecurityPortal.Core.Controls;

/// <summary>
/// An evidence file's bytes, for the database file store: in SQL Server mode every node sees the same evidence
/// without a shared folder. Written once, never changed.
/// </summary>
public sealed class EvidenceBlob
{
    public required string StorageKey { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
