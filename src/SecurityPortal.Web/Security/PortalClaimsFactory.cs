using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SecurityPortal.Data.Identity;

namespace SecurityPortal.Web.Security;

/// <summary>Adds the person's team and display name to the sign-in cookie, so checks need no database trip.</summary>
public sealed class PortalClaimsFactory(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<PortalUser, PortalRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.TeamId is { } team)
        {
            identity.AddClaim(new Claim(PortalClaims.Team, team.ToString()));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
