using Microsoft.AspNetCore.Authorization;
using SecurityPortal.Core.Security;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Administrators and security officers act on every team; team leads only on the team in their
/// <see cref="PortalClaims.Team"/> claim. Everyone else, never.
/// </summary>
public sealed class TeamScopeHandler : AuthorizationHandler<TeamScopeRequirement, TeamScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TeamScopeRequirement requirement, TeamScope resource)
    {
        var user = context.User;
        if (user.IsInRole(PortalRoles.Administrator) || user.IsInRole(PortalRoles.SecurityOfficer))
        {
            context.Succeed(requirement);
        }
        else if (user.IsInRole(PortalRoles.TeamLead)
            && resource.TeamId is { } teamId
            && Guid.TryParse(user.FindFirst(PortalClaims.Team)?.Value, out var ownTeam)
            && ownTeam == teamId)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
