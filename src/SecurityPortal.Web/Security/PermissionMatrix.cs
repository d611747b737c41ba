using SecurityPortal.Core.Security;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Who may do what, per area: the single source of the role-based policies (documented in
/// docs/permissions.md). Team leads' "own team only" is checked per resource on top, see
/// <see cref="TeamScopeHandler"/>.
/// </summary>
public static class PermissionMatrix
{
    private static readonly string[] Everyone = [.. PortalRoles.All];
    private static readonly string[] Oversight =
        [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.TeamLead, PortalRoles.ComplianceOfficer];

    public static IReadOnlyDictionary<string, string[]> Policies { get; } = new Dictionary<string, string[]>
    {
        [PortalPolicies.SignedIn] = Everyone,
        [PortalPolicies.ViewModels] = Oversight,
        [PortalPolicies.ManageModels] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.TeamLead],
        [PortalPolicies.ViewControls] = Oversight,
        [PortalPolicies.ViewAssessments] = Oversight,
        [PortalPolicies.ManageControls] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.TeamLead],
        [PortalPolicies.RunAssessments] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer],
        [PortalPolicies.ManageFindings] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.TeamLead],
        [PortalPolicies.ManagePortalFindings] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer],
        [PortalPolicies.ApproveRiskAcceptance] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer],
        [PortalPolicies.ViewAudits] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.ComplianceOfficer],
        [PortalPolicies.ManageAudits] = [PortalRoles.Administrator, PortalRoles.ComplianceOfficer],
        [PortalPolicies.SignOffAudits] = [PortalRoles.ComplianceOfficer],
        // Anyone may report a suspected incident and follow the ones they reported; seeing all is oversight.
        [PortalPolicies.ReportIncidents] = Everyone,
        [PortalPolicies.ViewIncidents] = Oversight,
        [PortalPolicies.ManageIncidents] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer],
        [PortalPolicies.ViewTraining] = Everyone,
        // Team leads assign within the team they lead; the use case checks the team itself.
        [PortalPolicies.ManageTraining] = [PortalRoles.Administrator, PortalRoles.TeamLead],
        [PortalPolicies.ViewTrainingProgress] = Oversight,
        [PortalPolicies.ManageCourses] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer],
        [PortalPolicies.ViewExports] = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.ComplianceOfficer],
        [PortalPolicies.ViewAuditLog] = [PortalRoles.Administrator, PortalRoles.ComplianceOfficer],
        [PortalPolicies.Administration] = [PortalRoles.Administrator],
    };

    public static bool Allows(string policy, string role) => Policies[policy].Contains(role, StringComparer.Ordinal);
}
