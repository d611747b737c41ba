using MudBlazor;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Layout;

/// <summary>The portal's areas in navigation order. Each area shows to the roles its view policy admits.</summary>
public static class NavAreas
{
    public static IReadOnlyList<NavArea> All { get; } =
    [
        new("Dashboard", "/", Icons.Material.Outlined.SpaceDashboard, PortalPolicies.SignedIn),
        new("Models", "/models", Icons.Material.Outlined.ModelTraining, PortalPolicies.ViewModels),
        new("Controls", "/controls", Icons.Material.Outlined.VerifiedUser, PortalPolicies.ViewControls),
        new("Assessments", "/assessments", Icons.Material.Outlined.FactCheck, PortalPolicies.ViewAssessments),
        new("Audits", "/audits", Icons.Material.Outlined.Gavel, PortalPolicies.ViewAudits),
        new("Incidents", "/incidents", Icons.Material.Outlined.ReportProblem, PortalPolicies.ReportIncidents),
        new("Training", "/training", Icons.Material.Outlined.School, PortalPolicies.ViewTraining),
        new("Exports", "/exports", Icons.Material.Outlined.PictureAsPdf, PortalPolicies.ViewExports),
        new("Verify a PDF", "/verify", Icons.Material.Outlined.Verified, PortalPolicies.SignedIn),
        new("Audit log", "/audit-log", Icons.Material.Outlined.History, PortalPolicies.ViewAuditLog),
        new("Admin", "/admin", Icons.Material.Outlined.AdminPanelSettings, PortalPolicies.Administration),
    ];
}
