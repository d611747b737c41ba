namespace SecurityPortal.Core.Controls;

/// <summary>
/// The external frameworks controls are mapped to, each pinned to the one version the shared framework
/// reference lists: a mapping names an identifier of that version, and a new version is a new value.
/// </summary>
public enum Framework
{
    /// <summary>NIST AI Risk Management Framework 1.0 (NIST AI 100-1): 72 subcategories such as <c>GOVERN 1.6</c>.</summary>
    NistAiRmf,

    /// <summary>ISO/IEC 42001:2023: the Annex A controls (<c>A.6.2.6</c>) and the clauses on competence, awareness and internal audit.</summary>
    Iso42001,

    /// <summary>OWASP Top 10 for LLM Applications 2025 (<c>LLM01:2025</c>).</summary>
    OwaspLlm2025,

    /// <summary>OWASP Machine Learning Security Top 10, 2023 draft (<c>ML01:2023</c>).</summary>
    OwaspMl2023,

    /// <summary>EU AI Act, Regulation (EU) 2024/1689: the articles the portal acts on (<c>Art. 15</c>).</summary>
    EuAiAct,
}
