namespace SecurityPortal.Core.Exports;

/// <summary>How often a scheduled export is made.</summary>
public enum ExportCadence
{
    /// <summary>Every month, on the schedule's day of the month.</summary>
    Monthly,

    /// <summary>In January, April, July and October, on the schedule's day of the month.</summary>
    Quarterly,
}
