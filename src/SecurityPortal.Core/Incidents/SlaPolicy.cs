using System.Globalization;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Incidents;

/// <summary>The response targets for each severity.</summary>
public sealed class SlaPolicy
{
    public SlaPolicy(IReadOnlyDictionary<IncidentSeverity, SlaTargets> targets)
    {
        // Copied so a caller changing its dictionary later cannot change a policy already checked.
        Targets = new Dictionary<IncidentSeverity, SlaTargets>(targets);
    }

    public static SlaPolicy Default { get; } = new(new Dictionary<IncidentSeverity, SlaTargets>
    {
        [IncidentSeverity.Sev1] = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        [IncidentSeverity.Sev2] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(24), TimeSpan.FromDays(3)),
        [IncidentSeverity.Sev3] = new(TimeSpan.FromHours(4), TimeSpan.FromDays(3), TimeSpan.FromDays(14)),
        [IncidentSeverity.Sev4] = new(TimeSpan.FromDays(1), TimeSpan.FromDays(14), TimeSpan.FromDays(30)),
    });

    public IReadOnlyDictionary<IncidentSeverity, SlaTargets> Targets { get; }

    public SlaTargets For(IncidentSeverity severity) =>
        Targets.TryGetValue(severity, out var targets)
            ? targets
            : throw new InvalidOperationException($"The SLA policy has no targets for {IncidentSeverities.Label(severity)}.");

    /// <summary>
    /// Throws a <see cref="ValidationFailedException"/>, keyed by severity label, when a severity has no
    /// targets, a target is not longer than zero, or the targets are out of order (acknowledge, then
    /// contain, then resolve; equal targets are allowed). Run it at start-up so a mistyped setting
    /// stops the portal instead of silently never escalating.
    /// </summary>
    public void Validate()
    {
        var errors = new FieldErrors();
        foreach (var severity in IncidentSeverities.All)
        {
            var label = IncidentSeverities.Label(severity);
            if (!Targets.TryGetValue(severity, out var t))
            {
                errors.Add(label, $"{label} has no SLA targets.");
                continue;
            }

            if (t.Acknowledge <= TimeSpan.Zero || t.Contain <= TimeSpan.Zero || t.Resolve <= TimeSpan.Zero)
            {
                errors.Add(label, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{label} targets must all be longer than zero (acknowledge {t.Acknowledge:c}, contain {t.Contain:c}, resolve {t.Resolve:c})."));
            }
            else if (t.Acknowledge > t.Contain || t.Contain > t.Resolve)
            {
                errors.Add(label, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{label} targets must not shrink from acknowledge ({t.Acknowledge:c}) to contain ({t.Contain:c}) to resolve ({t.Resolve:c})."));
            }
        }

        errors.ThrowIfAny();
    }
}
