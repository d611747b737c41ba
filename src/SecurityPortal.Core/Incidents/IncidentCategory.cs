namespace SecurityPortal.Core.Incidents;

/// <summary>
/// What kind of attack or failure an incident was, in a framework's own identifier: OWASP Top 10 for
/// LLM Applications 2025 (<c>LLM01</c>), OWASP Machine Learning Security Top 10 (<c>ML01</c>), a
/// MITRE ATLAS tactic (<c>AML.TA0000</c>), or <see cref="Other"/>. Standard identifiers let incidents
/// be counted against the same lists the controls and audits use.
/// </summary>
public static class IncidentCategory
{
    public const string Other = "Other";

    /// <summary>
    /// Every accepted category, in picker order. ATLAS tactics are in the order of the ATLAS matrix, as
    /// listed in the shared framework reference; only those tactics are accepted, not any AML.TA number.
    /// </summary>
    public static IReadOnlyList<IncidentCategoryOption> All { get; } =
    [
        new("LLM01", "Prompt Injection"),
        new("LLM02", "Sensitive Information Disclosure"),
        new("LLM03", "Supply Chain"),
        new("LLM04", "Data and Model Poisoning"),
        new("LLM05", "Improper Output Handling"),
        new("LLM06", "Excessive Agency"),
        new("LLM07", "System Prompt Leakage"),
        new("LLM08", "Vector and Embedding Weaknesses"),
        new("LLM09", "Misinformation"),
        new("LLM10", "Unbounded Consumption"),
        new("ML01", "Input Manipulation Attack"),
        new("ML02", "Data Poisoning Attack"),
        new("ML03", "Model Inversion Attack"),
        new("ML04", "Membership Inference Attack"),
        new("ML05", "Model Theft"),
        new("ML06", "AI Supply Chain Attacks"),
        new("ML07", "Transfer Learning Attack"),
        new("ML08", "Model Skewing"),
        new("ML09", "Output Integrity Attack"),
        new("ML10", "Model Poisoning"),
        new("AML.TA0002", "Reconnaissance"),
        new("AML.TA0003", "Resource Development"),
        new("AML.TA0004", "Initial Access"),
        new("AML.TA0000", "AI Model Access"),
        new("AML.TA0005", "Execution"),
        new("AML.TA0006", "Persistence"),
        new("AML.TA0012", "Privilege Escalation"),
        new("AML.TA0007", "Defense Evasion"),
        new("AML.TA0013", "Credential Access"),
        new("AML.TA0008", "Discovery"),
        new("AML.TA0015", "Lateral Movement"),
        new("AML.TA0009", "Collection"),
        new("AML.TA0001", "AI Attack Staging"),
        new("AML.TA0014", "Command and Control"),
        new("AML.TA0010", "Exfiltration"),
        new("AML.TA0011", "Impact"),
        new(Other, Other),
    ];

    // Declared after All: static initialisers run in textual order.
    private static readonly Dictionary<string, string> Titles =
        All.ToDictionary(c => c.Id, c => c.Title, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a known identifier in any letter case, ignoring surrounding spaces.</summary>
    public static bool IsValid(string? text) => text is not null && Titles.ContainsKey(text.Trim());

    /// <summary>The stored spelling: identifiers in upper case, and <c>Other</c> as written here.</summary>
    public static string Normalize(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Equals(Other, StringComparison.OrdinalIgnoreCase) ? Other : trimmed.ToUpperInvariant();
    }

    /// <summary>
    /// The category's title, or the text itself when it is not known, so a category stored before a
    /// list changed still displays instead of failing.
    /// </summary>
    public static string Describe(string text)
    {
        var trimmed = text.Trim();
        return Titles.TryGetValue(trimmed, out var title) ? title : trimmed;
    }
}
