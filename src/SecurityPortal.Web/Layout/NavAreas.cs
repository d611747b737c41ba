using MudBlazor;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Layout;

/// <summary>The portal's areas in navigation order. Each area's issue tightens its policy as it lands.</summary>
public static class NavAreas
{
    public static IReadOnlyList<NavArea> All { get; } =
    [
        new("Dashboard", "/", Icons.Material.Outlined.SpaceDashboard, PortalPolicies.SignedIn),
        new("Models", "/models", Icons.Material.Outlined.ModelTraining, PortalPolicies.SignedIn),
        new("Controls", "/controls", Icons.Material.Outlined.VerifiedUser, PortalPolicies.SignedIn),
        new("Assessments", "/assessments", Icons.Material.Outlined.FactCheck, PortalPolicies.SignedIn),
        new("Audits", "/audits", Icons.Material.Outlined.Gavel, PortalPolicies.SignedIn),
        new("Incidents", "/incidents", Icons.Material.Outlined.ReportProblem, PortalPolicies.SignedIn),
        new("Training", "/training", Icons.Material.Outlined.School, PortalPolicies.SignedIn),
        new("Exports", "/exports", Icons.Material.Outlined.PictureAsPdf, PortalPolicies.SignedIn),
        new("Admin", "/admin", Icons.Material.Outlined.AdminPanelSettings, PortalPolicies.Administration),
    ];
}
