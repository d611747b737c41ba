namespace SecurityPortal.Core.Assessments;

/// <summary>
/// Compares what a run detected in one model with the findings stored for it, and says what to change. Findings
/// are matched by <see cref="FindingKey"/> alone, so the outcome depends only on the two sets and the moment:
/// applying the changes and reconciling again with the same detection changes nothing, which lets a crashed or
/// repeated run be retried safely.
/// </summary>
public static class FindingReconciliation
{
    /// <summary>The changes that bring the stored findings of <paramref name="modelKey"/> in line with <paramref name="detected"/>.</summary>
    /// <param name="modelKey">The model; every stored finding must belong to it.</param>
    /// <param name="stored">The model's stored findings, every status and source, at most one per key.</param>
    /// <param name="detected">What the run detected, at most one per key.</param>
    /// <param name="evaluatedRuleKeys">
    /// The rules the run evaluated. A stored finding of any other rule is left as it is: a run without the audit rule,
    /// or after a rule is retired, must not resolve findings it never looked for.
    /// </param>
    /// <param name="at">The assessment moment, against which risk acceptances expire.</param>
    public static FindingChanges Reconcile(
        string modelKey,
        IEnumerable<StoredFinding> stored,
        IEnumerable<DetectedFinding> detected,
        IEnumerable<string> evaluatedRuleKeys,
        DateTimeOffset at)
    {
        var evaluated = evaluatedRuleKeys.ToHashSet(StringComparer.Ordinal);
        var storedList = stored.ToList();
        var storedByKey = new Dictionary<FindingKey, StoredFinding>();
        foreach (var finding in storedList)
        {
            if (finding.Key.ModelKey != modelKey)
            {
                throw new ArgumentException($"Stored finding {finding.Key} belongs to another model than '{modelKey}'.", nameof(stored));
            }

            if (!storedByKey.TryAdd(finding.Key, finding))
            {
                throw new ArgumentException($"Finding {finding.Key} is stored twice.", nameof(stored));
            }
        }

        var seenKeys = new HashSet<FindingKey>();
        var opened = new List<DetectedFinding>();
        var reopened = new List<ReopenedFinding>();
        var seen = new List<DetectedFinding>();
        foreach (var finding in detected)
        {
            var key = finding.KeyFor(modelKey);
            if (!evaluated.Contains(finding.RuleKey))
            {
                throw new ArgumentException($"Finding {key} comes from a rule the run did not evaluate.", nameof(detected));
            }

            if (!seenKeys.Add(key))
            {
                throw new ArgumentException($"Finding {key} was detected twice.", nameof(detected));
            }

            if (!storedByKey.TryGetValue(key, out var existing))
            {
                opened.Add(finding);
            }
            else if (existing.Status == FindingStatus.Open || existing.IsRiskAcceptedAt(at))
            {
                seen.Add(finding);
            }
            else
            {
                reopened.Add(new ReopenedFinding(finding, existing.Status));
            }
        }

        var resolved = storedList
            .Where(finding => finding.Source == FindingSource.Assessment
                && finding.Status != FindingStatus.Resolved
                && evaluated.Contains(finding.Key.RuleKey)
                && !seenKeys.Contains(finding.Key))
            .Select(finding => finding.Key)
            .ToList();

        return new FindingChanges { Opened = opened, Reopened = reopened, Resolved = resolved, Seen = seen };
    }
}
