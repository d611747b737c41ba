using System.Globalization;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>
/// Reads the SLA policy from <c>Portal:Incidents:Sla:SEV1:Acknowledge</c> (and so on) as
/// <c>d.hh:mm:ss</c> or <c>hh:mm:ss</c>; anything not configured keeps the default. A policy that makes
/// no sense stops start-up with the reason instead of producing odd clocks.
/// </summary>
public static class IncidentSettings
{
    public const string Section = "Portal:Incidents:Sla";

    public static SlaPolicy ReadSlaPolicy(IConfiguration configuration)
    {
        var targets = new Dictionary<IncidentSeverity, SlaTargets>();
        foreach (var severity in IncidentSeverities.All)
        {
            var label = IncidentSeverities.Label(severity);
            var defaults = SlaPolicy.Default.For(severity);
            var section = configuration.GetSection($"{Section}:{label}");
            targets[severity] = new SlaTargets(
                Read(section, "Acknowledge", defaults.Acknowledge),
                Read(section, "Contain", defaults.Contain),
                Read(section, "Resolve", defaults.Resolve));
        }

        var policy = new SlaPolicy(targets);
        try
        {
            policy.Validate();
        }
        catch (Core.Common.ValidationFailedException ex)
        {
            throw new PortalConfigurationException($"{Section} is not a usable SLA policy: {ex.Message}");
        }

        return policy;
    }

    private static TimeSpan Read(IConfigurationSection section, string name, TimeSpan fallback)
    {
        var text = section[name];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PortalConfigurationException($"{section.Path}:{name} = '{text}' is not a duration such as 04:00:00 or 3.00:00:00.");
    }
}
