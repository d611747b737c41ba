namespace SecurityPortal.Web.Layout;

/// <summary>
/// Light or dark: stored on the user's profile and mirrored in a cookie so the first render is right.
/// </summary>
public static class ThemePreference
{
    public const string CookieName = "portal.theme";
    public const string CascadeName = "PrefersDarkMode";

    public static bool? FromCookie(string? value) => value switch
    {
        "dark" => true,
        "light" => false,
        _ => null,
    };

    public static string ToCookie(bool dark) => dark ? "dark" : "light";
}
