namespace SecurityPortal.Web.Security;

public static class PortalClaims
{
    /// <summary>The id of the signed-in person's team.</summary>
    public const string Team = "portal:team";

    public const string DisplayName = "portal:name";

    /// <summary>Present while the person still signs in with a one-time password (see PasswordChangeGate).</summary>
    public const string MustChangePassword = "portal:must_change_password";
}
