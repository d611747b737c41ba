using SecurityPortal.Core.Security;

namespace SecurityPortal.Web.Security.EntraId;

/// <summary>
/// Maps Entra ID app-role values (the <c>roles</c> claim) to portal roles, from
/// <c>Authentication:EntraId:RoleMap</c>. Unmapped app roles are ignored; a mapping to a role the
/// portal does not have is a configuration error found at start.
/// </summary>
public sealed class EntraRoleMap
{
    private readonly Dictionary<string, string> _map;

    public EntraRoleMap(IReadOnlyDictionary<string, string> map)
    {
        if (map.FirstOrDefault(pair => !PortalRoles.All.Contains(pair.Value)) is { Key: not null } wrong)
        {
            throw new Infrastructure.PortalConfigurationException(
                $"Authentication:EntraId:RoleMap maps '{wrong.Key}' to '{wrong.Value}', which is not a portal role ({string.Join(", ", PortalRoles.All)}).");
        }

        _map = new Dictionary<string, string>(map, StringComparer.OrdinalIgnoreCase);
    }

    public static EntraRoleMap FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetSection("Authentication:EntraId:RoleMap").Get<Dictionary<string, string>>() ?? DefaultMap);

    /// <summary>Used when no map is configured: app roles named exactly like the portal roles.</summary>
    public static IReadOnlyDictionary<string, string> DefaultMap { get; } =
        PortalRoles.All.ToDictionary(role => role, role => role);

    public IReadOnlyList<string> PortalRolesFor(IEnumerable<string> appRoles) =>
        appRoles.Select(r => _map.GetValueOrDefault(r)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
