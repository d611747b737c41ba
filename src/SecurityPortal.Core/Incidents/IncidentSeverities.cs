namespace SecurityPortal.Core.Incidents;

/// <summary>Reading and writing severities the way responders say them: <c>SEV1</c> to <c>SEV4</c>.</summary>
public static class IncidentSeverities
{
    public static IReadOnlyList<IncidentSeverity> All { get; } =
        [IncidentSeverity.Sev1, IncidentSeverity.Sev2, IncidentSeverity.Sev3, IncidentSeverity.Sev4];

    /// <summary>
    /// Accepts <c>SEV1</c> to <c>SEV4</c> in any letter case. Enum.TryParse is not used because it
    /// also accepts bare numbers and comma-separated combinations.
    /// </summary>
    public static bool TryParse(string? text, out IncidentSeverity severity)
    {
        severity = default;
        var trimmed = text?.Trim();
        if (trimmed is not { Length: 4 }
            || !trimmed.StartsWith("SEV", StringComparison.OrdinalIgnoreCase)
            || trimmed[3] is < '1' or > '4')
        {
            return false;
        }

        severity = (IncidentSeverity)(trimmed[3] - '1');
        return true;
    }

    /// <summary>Parses <paramref name="text"/>, recording under <paramref name="field"/> why it is not a severity.</summary>
    public static IncidentSeverity Parse(Common.FieldErrors errors, string field, string? text)
    {
        if (TryParse(text, out var severity))
        {
            return severity;
        }

        errors.Add(field, $"'{text}' is not a severity; use SEV1 (most severe) to SEV4.");
        return default;
    }

    public static string Label(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Sev1 => "SEV1",
        IncidentSeverity.Sev2 => "SEV2",
        IncidentSeverity.Sev3 => "SEV3",
        IncidentSeverity.Sev4 => "SEV4",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not an incident severity."),
    };
}
