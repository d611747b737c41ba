namespace SecurityPortal.Core.Controls;

/// <summary>
/// How much of one framework a set of controls answers: each item at least one control maps to, with the
/// codes of those controls, and each item none does. Mappings to identifiers the framework does not list are
/// ignored, so a typo cannot inflate coverage; the catalogue tests catch them instead.
/// </summary>
public sealed record FrameworkCoverage(Framework Framework, IReadOnlyList<CoveredFrameworkItem> Covered, IReadOnlyList<FrameworkItem> Uncovered)
{
    public int ItemCount => Covered.Count + Uncovered.Count;

    /// <summary>Covered items as a share of all items, 0 to 100; 0 for a framework with no items.</summary>
    public double Percent => ItemCount == 0 ? 0 : 100.0 * Covered.Count / ItemCount;

    /// <summary>The seeded controls against the framework's full item list.</summary>
    public static FrameworkCoverage Compute(Framework framework) =>
        Compute(framework, ControlCatalogue.All, FrameworkCatalogue.For(framework));

    /// <summary>
    /// <paramref name="controls"/> against the items of <paramref name="framework"/> found in <paramref name="items"/>,
    /// both lists keeping the order they came in; items of other frameworks are skipped.
    /// </summary>
    public static FrameworkCoverage Compute(Framework framework, IEnumerable<SecurityControl> controls, IEnumerable<FrameworkItem> items)
    {
        var codesByItem = new Dictionary<FrameworkItemRef, List<string>>();
        foreach (var control in controls)
        {
            // Distinct: a control listing the same item twice still covers it once.
            foreach (var reference in control.Mappings.Where(m => m.Framework == framework).Distinct())
            {
                if (!codesByItem.TryGetValue(reference, out var codes))
                {
                    codes = [];
                    codesByItem.Add(reference, codes);
                }

                codes.Add(control.Code);
            }
        }

        var covered = new List<CoveredFrameworkItem>();
        var uncovered = new List<FrameworkItem>();
        foreach (var item in items.Where(i => i.Framework == framework))
        {
            if (codesByItem.TryGetValue(item.Reference, out var codes))
            {
                covered.Add(new CoveredFrameworkItem(item, codes));
            }
            else
            {
                uncovered.Add(item);
            }
        }

        return new FrameworkCoverage(framework, covered, uncovered);
    }
}
