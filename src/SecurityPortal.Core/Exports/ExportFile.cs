namespace SecurityPortal.Core.Exports;

/// <summary>The bytes of a generated export, in the database so every node can hand it out.</summary>
public sealed class ExportFile
{
    public Guid ExportId { get; set; }

    public required byte[] Content { get; set; }
}
