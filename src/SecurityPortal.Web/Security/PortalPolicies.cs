using Microsoft.AspNetCore.Authorization;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Named authorization policies. Pages and endpoints name one of these, never a role directly; the
/// roles behind each name are in <see cref="PermissionMatrix"/>.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in, active portal user.</summary>
    public const string SignedIn = nameof(SignedIn);

    public const string ViewModels = nameof(ViewModels);
    public const string ManageModels = nameof(ManageModels);
    public const string ViewControls = nameof(ViewControls);
    public const string ViewAssessments = nameof(ViewAssessments);

    /// <summary>Set a model's control statuses and attach evidence (team leads on their own team's models).</summary>
    public const string ManageControls = nameof(ManageControls);

    /// <summary>Start an assessment run now instead of waiting for the schedule.</summary>
    public const string RunAssessments = nameof(RunAssessments);

    /// <summary>Assign findings, ask for a risk acceptance, resolve by hand (team leads on their own team's models).</summary>
    public const string ManageFindings = nameof(ManageFindings);

    /// <summary>Work findings about the portal itself (a broken audit log), which belong to no team.</summary>
    public const string ManagePortalFindings = nameof(ManagePortalFindings);

    /// <summary>Approve or decline someone else's request to accept a finding's risk.</summary>
    public const string ApproveRiskAcceptance = nameof(ApproveRiskAcceptance);
    public const string ViewAudits = nameof(ViewAudits);
    /// <summary>Plan audits, work their checklists, raise findings from failed items.</summary>
    public const string ManageAudits = nameof(ManageAudits);

    /// <summary>Sign an audit off, which locks it: compliance officers only.</summary>
    public const string SignOffAudits = nameof(SignOffAudits);

    /// <summary>Report a suspected incident and follow the ones you reported (everyone signed in).</summary>
    public const string ReportIncidents = nameof(ReportIncidents);

    /// <summary>See every incident, not only the ones you reported.</summary>
    public const string ViewIncidents = nameof(ViewIncidents);
    public const string ManageIncidents = nameof(ManageIncidents);
    public const string ViewTraining = nameof(ViewTraining);
    public const string ManageTraining = nameof(ManageTraining);
    public const string ViewTrainingProgress = nameof(ViewTrainingProgress);
    public const string ManageCourses = nameof(ManageCourses);
    public const string ViewExports = nameof(ViewExports);

    /// <summary>Read the audit log, its verification and its CSV (administrators, and compliance officers read-only).</summary>
    public const string ViewAuditLog = nameof(ViewAuditLog);

    /// <summary>Administrators only: users, teams, API keys, the job dashboard.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Acting on one team's things: officers and administrators on any team, team leads on their own.</summary>
    public const string ActOnTeam = nameof(ActOnTeam);

    public static void Register(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in PermissionMatrix.Policies)
        {
            options.AddPolicy(policy, builder => builder.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.AddPolicy(ActOnTeam, builder => builder.RequireAuthenticatedUser().AddRequirements(new TeamScopeRequirement()));

        // Anything that forgot to name a policy is still closed to anonymous callers.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
