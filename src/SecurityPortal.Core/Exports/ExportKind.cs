namespace SecurityPortal.Core.Exports;

/// <summary>The reports the portal exports as PDF. The API names them in lower case (<c>audit</c>).</summary>
public enum ExportKind
{
    Audit,
}
