namespace SecurityPortal.Core.Incidents;

public enum SlaClockStatus
{
    OnTrack,

    /// <summary>Not met, and less than a quarter of the target is left.</summary>
    DueSoon,

    /// <summary>Not met, and the due moment has passed.</summary>
    Breached,

    Met,

    /// <summary>Met, but after the due moment; still counts as a breach in reports.</summary>
    MetLate,
}
