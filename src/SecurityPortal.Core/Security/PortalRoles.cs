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

    /// <summary>The role as people say it ("Security officer"); an unknown role reads as its name.</summary>
    public static string Label(string? role) => role switch
    {
        SecurityOfficer => "Security officer",
        TeamLead => "Team lead",
        ComplianceOfficer => "Compliance officer",
        _ => role ?? string.Empty,
    };
}
