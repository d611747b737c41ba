namespace SecurityPortal.Core.Incidents;

/// <summary>The names of the clocks; escalation keys are built from them, so they must not change.</summary>
public static class SlaClockNames
{
    public const string Acknowledge = "Acknowledge";
    public const string Contain = "Contain";
    public const string Resolve = "Resolve";

    /// <summary>The EU AI Act Art. 73 serious-incident report deadline.</summary>
    public const string Report = "Report";
}
