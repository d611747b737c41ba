namespace SecurityPortal.Core.Models;

/// <summary>EU AI Act risk tiers (Regulation (EU) 2024/1689).</summary>
public enum RiskTier
{
    Minimal,
    Limited,
    GeneralPurpose,
    HighRisk,
    Prohibited,
}
