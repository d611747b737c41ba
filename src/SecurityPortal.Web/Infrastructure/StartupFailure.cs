namespace SecurityPortal.Web.Infrastructure;

/// <summary>Finds the operator-facing reason in whatever a failed start threw.</summary>
public static class StartupFailure
{
    public static string? Explain(Exception exception) => exception switch
    {
        PortalConfigurationException configuration => configuration.Message,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Explain).FirstOrDefault(r => r is not null),
        { InnerException: { } inner } => Explain(inner),
        _ => null,
    };
}
