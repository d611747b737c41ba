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

    /// <summary>Read courses and assignments (an LMS or an HR system checking who is behind).</summary>
    public const string TrainingRead = "training.read";

    /// <summary>Add courses, assign them and record completions (the LMS posting results).</summary>
    public const string TrainingWrite = "training.write";

    /// <summary>Read findings, scores and assessment runs.</summary>
    public const string AssessmentsRead = "assessments.read";

    /// <summary>Start runs and work findings (assign, accept risk, resolve).</summary>
    public const string AssessmentsWrite = "assessments.write";

    /// <summary>Read and set control statuses and evidence of models.</summary>
    public const string ControlsWrite = "controls.write";

    /// <summary>Read audit plans and audits with their checklists.</summary>
    public const string AuditsRead = "audits.read";

    /// <summary>Create plans, answer checklist items, raise findings from them and sign audits off.</summary>
    public const string AuditsWrite = "audits.write";

    /// <summary>Follow exports and download their files (those whose subject the key may read).</summary>
    public const string ExportsRead = "exports.read";

    /// <summary>Request exports.</summary>
    public const string ExportsWrite = "exports.write";

    public static IReadOnlyList<string> All { get; } =
    [
        Admin, TeamsRead, AuditRead, ModelsRead, ModelsWrite, IncidentsRead, IncidentsWrite, TrainingRead, TrainingWrite, AssessmentsRead, AssessmentsWrite,
        ControlsWrite, AuditsRead, AuditsWrite, ExportsRead, ExportsWrite,
    ];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
