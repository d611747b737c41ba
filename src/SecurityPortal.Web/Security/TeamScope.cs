namespace SecurityPortal.Web.Security;

/// <summary>The resource handed to <see cref="PortalPolicies.ActOnTeam"/>: the team that owns what is being changed.</summary>
public sealed record TeamScope(Guid? TeamId);
