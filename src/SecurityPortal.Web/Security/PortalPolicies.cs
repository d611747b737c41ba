using Microsoft.AspNetCore.Authorization;
using SecurityPortal.Core.Security;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Named authorization policies. Pages and endpoints name one of these, never a role directly, so the
/// permission matrix lives in one place.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in, active portal user.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Administrators only: user management, job dashboard, audit log.</summary>
    public const string Administration = nameof(Administration);

    public static void Register(AuthorizationOptions options)
    {
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SignedIn, signedIn);
        options.AddPolicy(Administration, policy => policy.RequireAuthenticatedUser().RequireRole(PortalRoles.Administrator));

        // Anything that forgot to name a policy is still closed to anonymous callers.
        options.FallbackPolicy = signedIn;
    }
}
