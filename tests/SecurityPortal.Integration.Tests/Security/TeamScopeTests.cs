using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Security;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Security;

public sealed class TeamScopeTests
{
    private static readonly Guid FraudTeam = Guid.NewGuid();
    private static readonly Guid LabTeam = Guid.NewGuid();

    private static IAuthorizationService Authorization()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAuthorization(PortalPolicies.Register);
        services.AddSingleton<IAuthorizationHandler, TeamScopeHandler>();
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    private static ClaimsPrincipal Person(string role, Guid? team)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "someone"), new(ClaimTypes.Role, role) };
        if (team is not null)
        {
            claims.Add(new Claim(PortalClaims.Team, team.Value.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Theory]
    [InlineData(PortalRoles.Administrator, true)]
    [InlineData(PortalRoles.SecurityOfficer, true)]
    [InlineData(PortalRoles.ComplianceOfficer, false)]
    [InlineData(PortalRoles.Staff, false)]
    public async Task OnlyAdministratorsAndOfficersActOnAnyTeam(string role, bool expected)
    {
        var result = await Authorization().AuthorizeAsync(Person(role, LabTeam), new TeamScope(FraudTeam), PortalPolicies.ActOnTeam);

        Assert.Equal(expected, result.Succeeded);
    }

    [Fact]
    public async Task ATeamLeadActsOnTheirOwnTeam()
    {
        var result = await Authorization().AuthorizeAsync(Person(PortalRoles.TeamLead, FraudTeam), new TeamScope(FraudTeam), PortalPolicies.ActOnTeam);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task ATeamLeadDoesNotActOnAnotherTeam()
    {
        var result = await Authorization().AuthorizeAsync(Person(PortalRoles.TeamLead, FraudTeam), new TeamScope(LabTeam), PortalPolicies.ActOnTeam);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ATeamLeadWithoutATeamActsOnNone()
    {
        var result = await Authorization().AuthorizeAsync(Person(PortalRoles.TeamLead, team: null), new TeamScope(FraudTeam), PortalPolicies.ActOnTeam);

        Assert.False(result.Succeeded);
    }
}
