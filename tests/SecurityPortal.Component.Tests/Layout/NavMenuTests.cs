using Bunit;
using SecurityPortal.Web.Layout;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Component.Tests.Layout;

public sealed class NavMenuTests : PortalComponentContext
{
    private static readonly string[] EveryoneSees =
        ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports"];

    private string[] VisibleAreas() =>
        Render<NavMenu>().FindAll("[data-nav]").Select(a => a.GetAttribute("data-nav")!).ToArray();

    [Fact]
    public void SignedInUserWithoutAdministrationSeesEveryAreaButAdmin()
    {
        AddAuthorization().SetAuthorized("staff@demo.local").SetPolicies(PortalPolicies.SignedIn);

        Assert.Equal(EveryoneSees, VisibleAreas());
    }

    [Fact]
    public void AdministratorAlsoSeesAdmin()
    {
        AddAuthorization().SetAuthorized("admin@demo.local").SetPolicies(PortalPolicies.SignedIn, PortalPolicies.Administration);

        Assert.Equal([.. EveryoneSees, "Admin"], VisibleAreas());
    }

    [Fact]
    public void EveryAreaLinksToItsOwnAddress()
    {
        AddAuthorization().SetAuthorized("admin@demo.local").SetPolicies(PortalPolicies.SignedIn, PortalPolicies.Administration);

        var links = Render<NavMenu>().FindAll("a[data-nav]").Select(a => a.GetAttribute("href")).ToArray();

        Assert.Equal(NavAreas.All.Select(a => a.Href), links);
    }
}
