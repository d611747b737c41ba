namespace SecurityPortal.Core.Controls;

public enum EvidenceKind
{
    /// <summary>An uploaded file, kept in the evidence store with its SHA-256.</summary>
    File,

    /// <summary>A link to where the proof lives (a pipeline run, a ticket, a dashboard).</summary>
    Link,

    /// <summary>A written statement by the person attaching it.</summary>
    Note,
}
