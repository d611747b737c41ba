namespace SecurityPortal.Core.Incidents;

/// <summary>
/// EU AI Act Art. 73 serious-incident reporting deadlines, counted in calendar days from the moment
/// the provider or deployer became aware. They are the latest the law allows: the Act asks for the
/// report immediately once a causal link is established or reasonably likely. When an incident fits
/// more than one kind, record the one with the shortest deadline.
/// </summary>
public static class SeriousIncidentReport
{
    public static TimeSpan? WindowFor(ReportableKind kind) => kind switch
    {
        ReportableKind.None => null,
        ReportableKind.Standard => TimeSpan.FromDays(15),
        ReportableKind.CriticalInfrastructureOrWidespread => TimeSpan.FromDays(2),
        ReportableKind.Death => TimeSpan.FromDays(10),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a reportable kind."),
    };

    public const int MaxAuthorityReferenceLength = 100;

    /// <summary>
    /// Checks a record of the report as sent: the authority's reference (1 to 100 characters) and when it was
    /// sent, which lies between detection and now (a few minutes' clock drift allowed).
    /// </summary>
    public static Common.FieldErrors CheckSent(string? authorityReference, DateTimeOffset sentAt, DateTimeOffset detectedAt, DateTimeOffset now)
    {
        var errors = new Common.FieldErrors();
        var reference = authorityReference?.Trim() ?? string.Empty;
        if (reference.Length is 0 or > MaxAuthorityReferenceLength)
        {
            errors.Add("authorityReference", $"Give the reference the authority gave the report (1 to {MaxAuthorityReferenceLength} characters).");
        }

        if (sentAt > now.AddMinutes(5))
        {
            errors.Add("sentAt", "A report cannot be sent in the future.");
        }
        else if (sentAt < detectedAt)
        {
            errors.Add("sentAt", "A report cannot be sent before the incident was detected.");
        }

        return errors;
    }

    /// <summary>The latest moment the report may reach the authority, or null when none is required.</summary>
    public static DateTimeOffset? DeadlineFor(ReportableKind kind, DateTimeOffset awareAt) =>
        WindowFor(kind) is { } window ? awareAt + window : null;
}
