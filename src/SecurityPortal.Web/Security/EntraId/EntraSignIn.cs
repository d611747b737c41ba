using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using SecurityPortal.Data.Identity;

namespace SecurityPortal.Web.Security.EntraId;

/// <summary>
/// Runs when Entra ID hands back a validated token: finds or creates the person's portal account (so
/// teams, deactivation and the audit trail work as for local accounts), refuses deactivated people,
/// and rewrites the identity with portal roles, team and security stamp.
/// </summary>
public static class EntraSignIn
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var identity = context.Principal?.Identity as ClaimsIdentity;
        var email = identity?.FindFirst("preferred_username")?.Value ?? identity?.FindFirst(ClaimTypes.Email)?.Value;
        if (identity is null || string.IsNullOrWhiteSpace(email))
        {
            context.Fail("The Entra ID token carries no user name.");
            return;
        }

        var roles = services.GetRequiredService<EntraRoleMap>().PortalRolesFor(identity.FindAll("roles").Select(c => c.Value));
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        services.GetRequiredService<CurrentActor>().SetSystem(email, context.HttpContext.TraceIdentifier);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = identity.FindFirst("name")?.Value ?? email,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                context.Fail($"Could not create the portal account: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                return;
            }
        }

        if (!user.IsActive)
        {
            context.Fail("This portal account is deactivated.");
            return;
        }

        // Entra ID owns the roles: keep the portal's copy in step so lists and reports show them.
        var current = await users.GetRolesAsync(user);
        if (!current.Order().SequenceEqual(roles.Order()))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRolesAsync(user, roles);
        }

        var portalIdentity = new ClaimsIdentity(identity.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        portalIdentity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        portalIdentity.AddClaim(new Claim(ClaimTypes.Name, email));
        portalIdentity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        portalIdentity.AddClaim(new Claim(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType,
            await users.GetSecurityStampAsync(user)));
        if (user.TeamId is { } team)
        {
            portalIdentity.AddClaim(new Claim(PortalClaims.Team, team.ToString()));
        }

        portalIdentity.AddClaims(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        context.Principal = new ClaimsPrincipal(portalIdentity);
    }

    /// <summary>Entra app roles granted to a calling application, turned into API scopes of the same name.</summary>
    public static Task OnBearerTokenValidatedAsync(Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            var granted = identity.FindAll("roles").Select(c => c.Value)
                .Concat(identity.FindAll("scp").SelectMany(c => c.Value.Split(' ')))
                .Where(Core.ApiKeys.ApiScopes.IsKnown)
                .Distinct(StringComparer.Ordinal);
            identity.AddClaims(granted.Select(scope => new Claim(ApiKeys.ApiKeyAuthenticationHandler.ScopeClaim, scope)));
        }

        return Task.CompletedTask;
    }
}
