using Microsoft.AspNetCore.Identity;
using SecurityPortal.Data.Identity;

namespace SecurityPortal.Web.Features.Account;

/// <summary>
/// A password hash that belongs to nobody, checked when a sign-in names an unknown or inactive account, so
/// that answer costs the same hashing work as a wrong password for a real one.
/// </summary>
public static class StandInPassword
{
    private static readonly PortalUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid", DisplayName = "Nobody" };
    private static readonly Lock Gate = new();
    private static string? _hash;

    public static void Check(IPasswordHasher<PortalUser> hasher, string password)
    {
        string hash;
        lock (Gate)
        {
            // Made with the portal's own hasher, so its cost follows the configured iteration count.
            hash = _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        }

        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
