namespace SecurityPortal.Web.Security;

/// <summary>Origins besides the portal's own that may open live pages, from <c>Security:Hub</c>.</summary>
public sealed class HubOriginOptions
{
    public const string Section = "Security:Hub";

    /// <summary>
    /// Usually empty: the portal's own origin (scheme and host of the request, as the proxy forwarded it)
    /// is always allowed. Add an origin only when people reach the portal under a second name.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
