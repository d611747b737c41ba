namespace SecurityPortal.Core.Security;

/// <summary>
/// The portal's roles. Names are stored in the database and used in policies, so they never change.
/// </summary>
public static class PortalRoles
{
    public const string Administrator = nameof(Administrator);
    public const string SecurityOfficer = nameof(SecurityOfficer);
    public const string TeamLead = nameof(TeamLead);
    public const string ComplianceOfficer = nameof(ComplianceOfficer);
    public const string Staff = nameof(Staff);

    public static IReadOnlyList<string> All { get; } =
        [Administrator, SecurityOfficer, TeamLead, ComplianceOfficer, Staff];
}
