namespace SecurityPortal.Core.Audits;

/// <summary>An auditor's answer for one control of the checklist.</summary>
public enum AuditItemResult
{
    Pass,
    Fail,

    /// <summary>Out of scope for this model; needs a justification.</summary>
    NotApplicable,
}
