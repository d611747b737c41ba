using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Web.Security;

/// <summary><c>Authentication:Mode</c>: portal accounts (default) or Microsoft Entra ID.</summary>
public static class AuthenticationModes
{
    public const string Local = nameof(Local);
    public const string EntraId = nameof(EntraId);

    public static string Resolve(IConfiguration configuration)
    {
        var mode = configuration["Authentication:Mode"] ?? Local;
        return mode.Equals(Local, StringComparison.OrdinalIgnoreCase) ? Local
            : mode.Equals(EntraId, StringComparison.OrdinalIgnoreCase) ? EntraId
            : throw new PortalConfigurationException($"Authentication:Mode '{mode}' is not known; use 'Local' (default) or 'EntraId'.");
    }
}
