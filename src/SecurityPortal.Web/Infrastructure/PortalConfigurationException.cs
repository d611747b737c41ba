namespace SecurityPortal.Web.Infrastructure;

/// <summary>
/// A setting is missing or wrong, or something the portal needs at start is not there. Its message
/// is written for the operator and is logged as the one line that explains why the portal stopped.
/// </summary>
public sealed class PortalConfigurationException : Exception
{
    public PortalConfigurationException(string message)
        : base(message)
    {
    }

    public PortalConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PortalConfigurationException()
    {
    }
}
