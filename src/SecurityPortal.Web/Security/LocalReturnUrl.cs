namespace SecurityPortal.Web.Security;

/// <summary>Only same-site paths are followed after sign-in: an open redirect on a sign-in page is a phishing gift.</summary>
public static class LocalReturnUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    public static string Or(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
