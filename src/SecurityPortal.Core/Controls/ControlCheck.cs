namespace SecurityPortal.Core.Controls;

/// <summary>How the portal learns whether a control is met.</summary>
public enum ControlCheck
{
    /// <summary>A rule decides from facts the inventory already holds (serving posture, versions, incidents, audits, training).</summary>
    Automatic,

    /// <summary>A person states that the control is met and attaches evidence, which expires and is reviewed.</summary>
    Attested,
}
