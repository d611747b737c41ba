namespace SecurityPortal.Core.Exports;

public enum ExportStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
