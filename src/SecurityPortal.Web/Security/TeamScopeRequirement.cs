using Microsoft.AspNetCore.Authorization;

namespace SecurityPortal.Web.Security;

/// <summary>The caller may act on the team that owns the resource.</summary>
public sealed class TeamScopeRequirement : IAuthorizationRequirement;
