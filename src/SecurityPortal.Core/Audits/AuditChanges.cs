using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// Which checklist items of a new cycle need a fresh look, and why. A deployment bears on the controls the portal
/// checks from what is deployed (serving, version and rollback rules, and the versioning practice); an incident bears
/// on the incident-response practice; status and evidence changes bear on their own control.
/// </summary>
public static class AuditChanges
{
    public static IReadOnlyDictionary<string, string> Since(DateTimeOffset signedOffAt, DateTimeOffset now, IEnumerable<string> controlCodes, AuditFacts facts)
    {
        bool InSpan(DateTimeOffset at) => at > signedOffAt && at <= now;
        var deployed = facts.Deployments.Where(InSpan).Count();
        var incidents = facts.Incidents.Where(InSpan).Count();
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in controlCodes)
        {
            var reasons = new List<string>();
            if (facts.StatusChanges.Any(s => Is(s.ControlCode, code) && InSpan(s.At)))
            {
                reasons.Add("control status changed");
            }

            var added = facts.EvidenceAdded.Count(e => Is(e.ControlCode, code) && InSpan(e.At));
            if (added > 0)
            {
                reasons.Add(added == 1 ? "evidence added" : $"{added} evidence items added");
            }

            var expired = facts.EvidenceExpiries.Count(e => Is(e.ControlCode, code) && InSpan(e.ExpiresAt));
            if (expired > 0)
            {
                reasons.Add(expired == 1 ? "evidence expired" : $"{expired} evidence items expired");
            }

            var control = ControlCatalogue.Find(code);
            if (deployed > 0 && control is not null && DependsOnDeployments(control))
            {
                reasons.Add(deployed == 1 ? "a version was deployed" : $"{deployed} deployments");
            }

            if (incidents > 0 && control?.Practice == SecurityPractice.IncidentResponse)
            {
                reasons.Add(incidents == 1 ? "a new incident" : $"{incidents} new incidents");
            }

            if (reasons.Count > 0)
            {
                var text = string.Join(", ", reasons);
                changes[code] = char.ToUpperInvariant(text[0]) + text[1..] + " since the last sign-off.";
            }
        }

        return changes;
    }

    /// <summary>Controls whose truth can change with what runs: those decided from deployments, and the versioning practice.</summary>
    public static bool DependsOnDeployments(SecurityControl control) =>
        control.Practice == SecurityPractice.VersioningAndRollback
        || control.RuleKey is { } rule && (rule.StartsWith("serving.", StringComparison.Ordinal) || rule.StartsWith("version.", StringComparison.Ordinal) || rule.StartsWith("deployment.", StringComparison.Ordinal));

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
