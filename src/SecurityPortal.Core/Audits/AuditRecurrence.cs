namespace SecurityPortal.Core.Audits;

/// <summary>How often a plan's audits fall due.</summary>
public enum AuditRecurrence
{
    Monthly,
    Quarterly,
    SemiAnnual,
    Annual,
}
