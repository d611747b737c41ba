namespace SecurityPortal.Core.Models;

/// <summary>Where a model version stands: only Approved versions may be deployed, and they are immutable.</summary>
public enum ModelVersionState
{
    Draft,
    InReview,
    Approved,
    Retired,
}
