namespace SecurityPortal.Core.Models;

/// <summary>
/// Answers from an environment's deployment events: which version ran at a given moment, and which
/// version a rollback should go back to.
/// </summary>
public static class DeploymentHistory
{
    /// <summary>The version running at <paramref name="at"/>, or null if nothing had been deployed yet.</summary>
    public static string? VersionAt(IEnumerable<DeploymentRecord> events, DateTimeOffset at) =>
        events.Where(e => e.OccurredAt <= at).OrderBy(e => e.OccurredAt).LastOrDefault()?.ToVersion;

    /// <summary>
    /// The default rollback target: walking back from the newest event, the first version that ran
    /// before and differs from what runs now, skipping retired versions. Null when there is none.
    /// </summary>
    public static string? DefaultRollbackTarget(IEnumerable<DeploymentRecord> events, string currentVersion, Func<string, bool> isRetired)
    {
        foreach (var record in events.OrderByDescending(e => e.OccurredAt))
        {
            foreach (var candidate in new[] { record.ToVersion, record.FromVersion })
            {
                if (candidate is not null && candidate != currentVersion && !isRetired(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
