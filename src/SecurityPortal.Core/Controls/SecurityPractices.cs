using System.Globalization;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// How people refer to a practice: its number (1–10), its title, and the prefix of its control codes
/// (<c>SP-01</c> to <c>SP-10</c>). Control codes are built from the prefix, so it must not change.
/// </summary>
public static class SecurityPractices
{
    public static IReadOnlyList<SecurityPractice> All { get; } = Enum.GetValues<SecurityPractice>();

    /// <summary>1 for the first practice to 10 for the last, following the declaration order of the enum.</summary>
    public static int Number(SecurityPractice practice)
    {
        if (!Enum.IsDefined(practice))
        {
            throw new ArgumentOutOfRangeException(nameof(practice), practice, "Not a security practice.");
        }

        return (int)practice + 1;
    }

    /// <summary>The prefix every control code of the practice starts with, such as <c>SP-03</c>.</summary>
    public static string CodePrefix(SecurityPractice practice) =>
        string.Create(CultureInfo.InvariantCulture, $"SP-{Number(practice):D2}");

    public static string Title(SecurityPractice practice) => practice switch
    {
        SecurityPractice.SecureDevelopmentEnvironments => "Secure model development environments",
        SecurityPractice.ModelEncryption => "Model encryption",
        SecurityPractice.ApiAuthentication => "API authentication and authorization",
        SecurityPractice.InputValidation => "Input data validation",
        SecurityPractice.VersioningAndRollback => "Model versioning and rollback",
        SecurityPractice.MonitoringAndLogging => "Continuous monitoring and logging",
        SecurityPractice.RegularAudits => "Regular security audits and assessments",
        SecurityPractice.SecureServingInfrastructure => "Secure model serving infrastructure",
        SecurityPractice.StaffTraining => "Employee training and awareness",
        SecurityPractice.IncidentResponse => "Incident response and remediation",
        _ => throw new ArgumentOutOfRangeException(nameof(practice), practice, "Not a security practice."),
    };
}
