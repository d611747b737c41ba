namespace SecurityPortal.Core.Controls;

/// <summary>
/// Every item of every framework the shared framework reference lists, in each framework's own order. Control
/// mappings must resolve here, and coverage is counted against these lists, so an item missing here would
/// read as neither covered nor uncovered. Titles are our own one-liners for NIST AI RMF and the EU AI Act,
/// and the short names the reference gives for ISO/IEC 42001 and the OWASP lists.
/// </summary>
public static class FrameworkCatalogue
{
    public static IReadOnlyList<FrameworkItem> All { get; } =
    [
        .. NistAiRmfSubcategories.All,
        .. Iso42001Items(),
        .. OwaspLlmItems(),
        .. OwaspMlItems(),
        .. EuAiActItems(),
    ];

    // Declared after All: static initialisers run in textual order.
    private static readonly Dictionary<FrameworkItemRef, FrameworkItem> ByReference = All.ToDictionary(i => i.Reference);

    private static readonly Dictionary<Framework, FrameworkItem[]> ByFramework =
        All.GroupBy(i => i.Framework).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The framework's items in its own order; empty for a framework with nothing listed.</summary>
    public static IReadOnlyList<FrameworkItem> For(Framework framework) =>
        ByFramework.TryGetValue(framework, out var items) ? items : [];

    public static FrameworkItem? Find(FrameworkItemRef reference) => ByReference.GetValueOrDefault(reference);

    public static bool Contains(FrameworkItemRef reference) => ByReference.ContainsKey(reference);

    /// <summary>The framework's name with the version the identifiers belong to.</summary>
    public static string Name(Framework framework) => framework switch
    {
        Framework.NistAiRmf => "NIST AI RMF 1.0",
        Framework.Iso42001 => "ISO/IEC 42001:2023",
        Framework.OwaspLlm2025 => "OWASP Top 10 for LLM Applications 2025",
        Framework.OwaspMl2023 => "OWASP Machine Learning Security Top 10 (2023)",
        Framework.EuAiAct => "EU AI Act (Regulation (EU) 2024/1689)",
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, "Not a framework."),
    };

    /// <summary>
    /// The 38 Annex A controls in their 9 objectives, then the three management-system clauses the portal's
    /// training and audit areas answer: 7.2 and 7.3 for training, 9.2 for internal audit.
    /// </summary>
    private static FrameworkItem[] Iso42001Items() =>
    [
        Iso("A.2.2", "AI policy"),
        Iso("A.2.3", "Alignment with other organizational policies"),
        Iso("A.2.4", "Review of the AI policy"),
        Iso("A.3.2", "AI roles and responsibilities"),
        Iso("A.3.3", "Reporting of concerns"),
        Iso("A.4.2", "Resource documentation"),
        Iso("A.4.3", "Data resources"),
        Iso("A.4.4", "Tooling resources"),
        Iso("A.4.5", "System and computing resources"),
        Iso("A.4.6", "Human resources"),
        Iso("A.5.2", "Impact assessment process"),
        Iso("A.5.3", "Documentation of impact assessments"),
        Iso("A.5.4", "Impact on individuals or groups"),
        Iso("A.5.5", "Societal impacts"),
        Iso("A.6.1.2", "Objectives for responsible development"),
        Iso("A.6.1.3", "Processes for responsible design and development"),
        Iso("A.6.2.2", "Requirements and specification"),
        Iso("A.6.2.3", "Documentation of design and development"),
        Iso("A.6.2.4", "Verification and validation"),
        Iso("A.6.2.5", "Deployment"),
        Iso("A.6.2.6", "Operation and monitoring"),
        Iso("A.6.2.7", "Technical documentation"),
        Iso("A.6.2.8", "Recording of event logs"),
        Iso("A.7.2", "Data for development and enhancement"),
        Iso("A.7.3", "Acquisition of data"),
        Iso("A.7.4", "Quality of data"),
        Iso("A.7.5", "Data provenance"),
        Iso("A.7.6", "Data preparation"),
        Iso("A.8.2", "System documentation and information for users"),
        Iso("A.8.3", "External reporting"),
        Iso("A.8.4", "Communication of incidents"),
        Iso("A.8.5", "Information for interested parties"),
        Iso("A.9.2", "Processes for responsible use"),
        Iso("A.9.3", "Objectives for responsible use"),
        Iso("A.9.4", "Intended use"),
        Iso("A.10.2", "Allocating responsibilities"),
        Iso("A.10.3", "Suppliers"),
        Iso("A.10.4", "Customers"),
        Iso("7.2", "Competence"),
        Iso("7.3", "Awareness"),
        Iso("9.2", "Internal audit"),
    ];

    private static FrameworkItem[] OwaspLlmItems() =>
    [
        Llm("LLM01:2025", "Prompt Injection"),
        Llm("LLM02:2025", "Sensitive Information Disclosure"),
        Llm("LLM03:2025", "Supply Chain"),
        Llm("LLM04:2025", "Data and Model Poisoning"),
        Llm("LLM05:2025", "Improper Output Handling"),
        Llm("LLM06:2025", "Excessive Agency"),
        Llm("LLM07:2025", "System Prompt Leakage"),
        Llm("LLM08:2025", "Vector and Embedding Weaknesses"),
        Llm("LLM09:2025", "Misinformation"),
        Llm("LLM10:2025", "Unbounded Consumption"),
    ];

    private static FrameworkItem[] OwaspMlItems() =>
    [
        Ml("ML01:2023", "Input Manipulation Attack"),
        Ml("ML02:2023", "Data Poisoning Attack"),
        Ml("ML03:2023", "Model Inversion Attack"),
        Ml("ML04:2023", "Membership Inference Attack"),
        Ml("ML05:2023", "Model Theft"),
        Ml("ML06:2023", "AI Supply Chain Attacks"),
        Ml("ML07:2023", "Transfer Learning Attack"),
        Ml("ML08:2023", "Model Skewing"),
        Ml("ML09:2023", "Output Integrity Attack"),
        Ml("ML10:2023", "Model Poisoning"),
    ];

    /// <summary>The articles the portal acts on: risk tiers, AI literacy, logging, cybersecurity and incident reporting.</summary>
    private static FrameworkItem[] EuAiActItems() =>
    [
        EuAiAct("Art. 4", "AI literacy of staff"),
        EuAiAct("Art. 5", "Practices that are prohibited"),
        EuAiAct("Art. 6", "When a system counts as high-risk"),
        EuAiAct("Art. 12", "Automatic record-keeping"),
        EuAiAct("Art. 15", "Accuracy, robustness and cybersecurity"),
        EuAiAct("Art. 50", "Transparency towards people"),
        EuAiAct("Art. 51", "General-purpose models with systemic risk"),
        EuAiAct("Art. 73", "Reporting serious incidents"),
    ];

    private static FrameworkItem Iso(string id, string title) => new(Framework.Iso42001, id, title);

    private static FrameworkItem Llm(string id, string title) => new(Framework.OwaspLlm2025, id, title);

    private static FrameworkItem Ml(string id, string title) => new(Framework.OwaspMl2023, id, title);

    private static FrameworkItem EuAiAct(string id, string title) => new(Framework.EuAiAct, id, title);
}
