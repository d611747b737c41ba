namespace SecurityPortal.Core.ApiKeys;

/// <summary>What an API key may do. <see cref="Admin"/> includes every other scope.</summary>
public static class ApiScopes
{
    public const string Admin = "admin";
    public const string TeamsRead = "teams.read";
    public const string AuditRead = "audit.read";
    public const string ModelsRead = "models.read";
    public const string ModelsWrite = "models.write";
    public const string IncidentsRead = "incidents.read";
    public const string IncidentsWrite = "incidents.write";
    public const string TrainingWrite = "training.write";

    public static IReadOnlyList<string> All { get; } =
        [Admin, TeamsRead, AuditRead, ModelsRead, ModelsWrite, IncidentsRead, IncidentsWrite, TrainingWrite];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
