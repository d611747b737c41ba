namespace SecurityPortal.Web.Security;

public static class PortalClaims
{
    /// <summary>The id of the signed-in person's team.</summary>
    public const string Team = "portal:team";

    public const string DisplayName = "portal:name";
}
