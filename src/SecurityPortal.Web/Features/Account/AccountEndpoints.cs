using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using SecurityPortal.Data.Identity;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app) =>
        // A form post guarded by the antiforgery token, so another site cannot sign you out behind your back.
        app.MapPost(SecurityRegistration.SignOutPath, async (SignInManager<PortalUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect(SecurityRegistration.SignInPath);
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization(PortalPolicies.SignedIn)
            .ExcludeFromDescription();
}
