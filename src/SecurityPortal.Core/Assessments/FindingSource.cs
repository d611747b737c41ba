namespace SecurityPortal.Core.Assessments;

/// <summary>
/// Who raised a finding. Only the assessment may resolve a finding by no longer seeing it: an auditor's or an
/// incident's finding records a judgement the rules cannot see, so its absence from a run proves nothing.
/// </summary>
public enum FindingSource
{
    Assessment,
    Audit,
    Incident,

    /// <summary>The portal's own integrity checks (a broken audit log): about the portal, not a model.</summary>
    Integrity,
}
