using SecurityPortal.Core.Security;
using SecurityPortal.Web.Infrastructure;
using SecurityPortal.Web.Security.EntraId;

namespace SecurityPortal.Integration.Tests.Security;

public sealed class EntraRoleMapTests
{
    [Fact]
    public void AppRolesMapToPortalRolesAndTheRestIsIgnored()
    {
        var map = new EntraRoleMap(new Dictionary<string, string>
        {
            ["Portal.Admins"] = PortalRoles.Administrator,
            ["Portal.Security"] = PortalRoles.SecurityOfficer,
        });

        var roles = map.PortalRolesFor(["portal.security", "Finance.Approver", "Portal.Admins"]);

        Assert.Equal([PortalRoles.SecurityOfficer, PortalRoles.Administrator], roles);
    }

    [Fact]
    public void WithoutAMapAppRolesNamedLikePortalRolesCount()
    {
        var map = new EntraRoleMap(EntraRoleMap.DefaultMap);

        Assert.Equal([PortalRoles.TeamLead], map.PortalRolesFor([PortalRoles.TeamLead]));
    }

    [Fact]
    public void AMapToARoleThePortalDoesNotHaveStopsTheStart()
    {
        var error = Assert.Throws<PortalConfigurationException>(() => new EntraRoleMap(new Dictionary<string, string> { ["Portal.Boss"] = "Overlord" }));

        Assert.Contains("Overlord", error.Message, StringComparison.Ordinal);
    }
}
