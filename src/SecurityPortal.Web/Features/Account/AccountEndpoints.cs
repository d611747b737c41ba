using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using SecurityPortal.Data.Identity;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Account;

public static class AccountEndpoints
{
    public const string EntraSignInPath = "/account/sign-in/entra";

    public static void MapAccountEndpoints(this WebApplication app)
    {
        var entraId = AuthenticationModes.Resolve(app.Configuration) == AuthenticationModes.EntraId;

        // A form post guarded by the antiforgery token, so another site cannot sign you out behind your back.
        app.MapPost(SecurityRegistration.SignOutPath, async (HttpContext http, IAntiforgery antiforgery, UserManager<PortalUser> users) =>
            {
                // The endpoint binds no form, so the framework's verdict would go unread: act on it here (or check
                // now when nothing checked), or any site could sign people out with a bare POST.
                var checkedAlready = http.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>();
                if (checkedAlready is { IsValid: false } || (checkedAlready is null && !await antiforgery.IsRequestValidAsync(http)))
                {
                    // A plain 400: the people-facing status page would read the refused form again.
                    if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                    {
                        pages.Enabled = false;
                    }

                    return Results.BadRequest();
                }

                // A new security stamp makes every copy of the cookie worthless at once, not when it expires.
                if (await users.GetUserAsync(http.User) is { } person)
                {
                    await users.UpdateSecurityStampAsync(person);
                }

                if (entraId)
                {
                    // Ends the Entra ID session too, then Entra sends the browser back to the sign-in page.
                    return Results.SignOut(
                        new AuthenticationProperties { RedirectUri = SecurityRegistration.SignInPath },
                        [IdentityConstants.ApplicationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
                }

                await http.RequestServices.GetRequiredService<SignInManager<PortalUser>>().SignOutAsync();
                return Results.LocalRedirect(SecurityRegistration.SignInPath);
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization(PortalPolicies.SignedIn)
            .ExcludeFromDescription();

        if (entraId)
        {
            app.MapGet(EntraSignInPath, (string? returnUrl) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = LocalReturnUrl.Or(returnUrl, "/") },
                    [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
    }
}
