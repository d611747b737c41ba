namespace SecurityPortal.Core.Auditing;

/// <summary>
/// Who is acting right now (a signed-in user, an API key or a background job) and the correlation id
/// of the request or job run, for stamping changes and audit entries.
/// </summary>
public interface IAuditActor
{
    string Name { get; }

    string? CorrelationId { get; }
}
