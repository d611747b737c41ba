namespace SecurityPortal.Web.Security;

/// <summary>Only same-site paths are followed after sign-in: an open redirect on a sign-in page is a phishing gift.</summary>
public static class LocalReturnUrl
{
    private static readonly Uri Site = new("http://portal.invalid");

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && Uri.TryCreate(Site, url, out var resolved) && resolved.Host == Site.Host;

    /// <summary>
    /// The address to go to, percent-encoded (a redirect header carries ASCII only, so "/é" becomes "/%C3%A9"),
    /// or <paramref name="fallback"/> when it is not a path on this site.
    /// </summary>
    public static string Or(string? url, string fallback)
    {
        if (!IsLocal(url) || !Uri.TryCreate(Site, url, out var resolved))
        {
            return fallback;
        }

        return resolved.PathAndQuery + resolved.Fragment;
    }
}
