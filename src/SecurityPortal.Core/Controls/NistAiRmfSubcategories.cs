using System.Globalization;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// The 72 subcategories of NIST AI RMF 1.0, generated from how many subcategories each category has, so the
/// identifiers cannot drift from the framework's shape: 19 categories across GOVERN, MAP, MEASURE and MANAGE.
/// </summary>
internal static class NistAiRmfSubcategories
{
    // Our own one-line summaries, keyed by identifier; declared before All, which reads them.
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["GOVERN 1.1"] = "Legal and regulatory duties for AI known and tracked",
        ["GOVERN 1.2"] = "Trustworthiness built into policies",
        ["GOVERN 1.3"] = "Risk effort scaled to risk tolerance",
        ["GOVERN 1.4"] = "Transparent risk management process",
        ["GOVERN 1.5"] = "Risk process monitored and reviewed on a schedule",
        ["GOVERN 1.6"] = "Inventory of AI systems",
        ["GOVERN 1.7"] = "Safe decommissioning of AI systems",
        ["GOVERN 2.1"] = "Roles and reporting lines for AI risk documented",
        ["GOVERN 2.2"] = "AI risk training for staff and partners",
        ["GOVERN 2.3"] = "Leadership owns AI risk decisions",
        ["GOVERN 3.1"] = "Diverse team informs risk decisions",
        ["GOVERN 3.2"] = "Human oversight roles defined",
        ["GOVERN 4.1"] = "Safety-first, critical-thinking culture",
        ["GOVERN 4.2"] = "Teams record and share AI impacts",
        ["GOVERN 4.3"] = "Testing, incident discovery and information sharing",
        ["GOVERN 5.1"] = "Feedback from outside the team collected",
        ["GOVERN 5.2"] = "Feedback fed back into design",
        ["GOVERN 6.1"] = "Third-party AI risk policies",
        ["GOVERN 6.2"] = "Contingency for third-party failures",
        ["MAP 1.1"] = "Intended purpose and setting documented",
        ["MAP 1.2"] = "Interdisciplinary team sets the context",
        ["MAP 1.3"] = "Mission and AI goals documented",
        ["MAP 1.4"] = "Business value defined",
        ["MAP 1.5"] = "Risk tolerance documented",
        ["MAP 1.6"] = "System requirements gathered from stakeholders",
        ["MAP 2.1"] = "Tasks and methods of the system defined",
        ["MAP 2.2"] = "Knowledge limits and human use documented",
        ["MAP 2.3"] = "Scientific integrity and evaluation design documented",
        ["MAP 3.1"] = "Expected benefits documented",
        ["MAP 3.2"] = "Costs of errors documented",
        ["MAP 3.3"] = "Application scope specified",
        ["MAP 3.4"] = "Operator proficiency defined",
        ["MAP 3.5"] = "Human oversight processes defined",
        ["MAP 4.1"] = "Legal and technical risks of components mapped",
        ["MAP 4.2"] = "Internal controls for components identified",
        ["MAP 5.1"] = "Likelihood and size of impacts assessed",
        ["MAP 5.2"] = "Ongoing engagement on impacts",
        ["MEASURE 1.1"] = "Metrics chosen for the most significant risks",
        ["MEASURE 1.2"] = "Metrics and controls reassessed regularly",
        ["MEASURE 1.3"] = "Independent assessors involved",
        ["MEASURE 2.1"] = "Test sets, metrics and tools documented",
        ["MEASURE 2.2"] = "Evaluations with people protect them and represent users",
        ["MEASURE 2.3"] = "Performance shown in deployment-like conditions",
        ["MEASURE 2.4"] = "Production behaviour monitored",
        ["MEASURE 2.5"] = "Validity and reliability demonstrated",
        ["MEASURE 2.6"] = "Safety evaluated, failing safely",
        ["MEASURE 2.7"] = "Security and resilience evaluated",
        ["MEASURE 2.8"] = "Transparency and accountability risks examined",
        ["MEASURE 2.9"] = "Model explained and outputs interpreted",
        ["MEASURE 2.10"] = "Privacy risk examined",
        ["MEASURE 2.11"] = "Fairness and bias evaluated",
        ["MEASURE 2.12"] = "Environmental impact assessed",
        ["MEASURE 2.13"] = "Evaluation methods themselves reviewed",
        ["MEASURE 3.1"] = "Emerging risks identified and tracked",
        ["MEASURE 3.2"] = "Tracking where risks are hard to measure",
        ["MEASURE 3.3"] = "Users can report problems and appeal",
        ["MEASURE 4.1"] = "Measurement tied to the deployment context",
        ["MEASURE 4.2"] = "Results validated with domain experts",
        ["MEASURE 4.3"] = "Performance changes identified and recorded",
        ["MANAGE 1.1"] = "Go or no-go on fitness for purpose",
        ["MANAGE 1.2"] = "Risk treatment prioritised",
        ["MANAGE 1.3"] = "Responses to high-priority risks planned",
        ["MANAGE 1.4"] = "Residual risks documented",
        ["MANAGE 2.1"] = "Resources and non-AI alternatives weighed",
        ["MANAGE 2.2"] = "Value of deployed systems sustained",
        ["MANAGE 2.3"] = "Response to newly found risks",
        ["MANAGE 2.4"] = "Systems can be replaced, disengaged or switched off",
        ["MANAGE 3.1"] = "Third-party risks monitored",
        ["MANAGE 3.2"] = "Pre-trained models monitored",
        ["MANAGE 4.1"] = "Post-deployment monitoring plan in place",
        ["MANAGE 4.2"] = "Continual improvement built into updates",
        ["MANAGE 4.3"] = "Incidents reported, tracked and resolved",
    };

    /// <summary>In framework order: GOVERN 1.1 to MANAGE 4.3.</summary>
    public static IReadOnlyList<FrameworkItem> All { get; } =
    [
        .. Function("GOVERN", 7, 3, 2, 3, 2, 2),
        .. Function("MAP", 6, 3, 5, 2, 2),
        .. Function("MEASURE", 3, 13, 3, 3),
        .. Function("MANAGE", 4, 4, 2, 3),
    ];

    /// <summary>The subcategories of one function; argument <c>n</c> is how many subcategories category <c>n + 1</c> has.</summary>
    private static IEnumerable<FrameworkItem> Function(string function, params int[] subcategoriesPerCategory)
    {
        for (var category = 1; category <= subcategoriesPerCategory.Length; category++)
        {
            for (var subcategory = 1; subcategory <= subcategoriesPerCategory[category - 1]; subcategory++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"{function} {category}.{subcategory}");
                yield return new FrameworkItem(Framework.NistAiRmf, id, Titles.TryGetValue(id, out var title) ? title : id);
            }
        }
    }
}
