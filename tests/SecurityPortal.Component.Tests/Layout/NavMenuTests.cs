using Bunit;
using SecurityPortal.Web.Layout;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Component.Tests.Layout;

public sealed class NavMenuTests : PortalComponentContext
{
    private static readonly string[] AllButAdmin =
        ["Dashboard", "Models", "Controls", "Assessments", "Audits", "Incidents", "Training", "Exports", "Verify a PDF"];

    private static readonly string[] AllPolicies =
    [
        PortalPolicies.SignedIn, PortalPolicies.ViewModels, PortalPolicies.ViewControls, PortalPolicies.ViewAssessments,
        PortalPolicies.ViewAudits, PortalPolicies.ReportIncidents, PortalPolicies.ViewIncidents, PortalPolicies.ViewTraining, PortalPolicies.ViewExports,
    ];

    private string[] VisibleAreas() =>
        Render<NavMenu>().FindAll("[data-nav]").Select(a => a.GetAttribute("data-nav")!).ToArray();

    [Fact]
    public void SomeoneWithOnlyTheEveryonePoliciesSeesDashboardIncidentsTheyReportAndTraining()
    {
        AddAuthorization().SetAuthorized("staff@demo.local").SetPolicies(PortalPolicies.SignedIn, PortalPolicies.ReportIncidents, PortalPolicies.ViewTraining);

        Assert.Equal(["Dashboard", "Incidents", "Training", "Verify a PDF"], VisibleAreas());
    }

    [Fact]
    public void EveryViewPolicyButAdministrationShowsEveryAreaButAdmin()
    {
        AddAuthorization().SetAuthorized("officer@demo.local").SetPolicies(AllPolicies);

        Assert.Equal(AllButAdmin, VisibleAreas());
    }

    [Fact]
    public void AdministrationAddsAdmin()
    {
        AddAuthorization().SetAuthorized("admin@demo.local").SetPolicies([.. AllPolicies, PortalPolicies.Administration]);

        Assert.Equal([.. AllButAdmin, "Admin"], VisibleAreas());
    }

    [Fact]
    public void ReadingTheAuditLogAddsItsArea()
    {
        AddAuthorization().SetAuthorized("compliance@demo.local").SetPolicies([.. AllPolicies, PortalPolicies.ViewAuditLog]);

        Assert.Equal([.. AllButAdmin, "Audit log"], VisibleAreas());
    }

    [Fact]
    public void EveryAreaLinksToItsOwnAddress()
    {
        AddAuthorization().SetAuthorized("admin@demo.local").SetPolicies([.. AllPolicies, PortalPolicies.ViewAuditLog, PortalPolicies.Administration]);

        var links = Render<NavMenu>().FindAll("a[data-nav]").Select(a => a.GetAttribute("href")).ToArray();

        Assert.Equal(NavAreas.All.Select(a => a.Href), links);
    }
}
