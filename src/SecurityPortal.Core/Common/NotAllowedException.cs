namespace SecurityPortal.Core.Common;

/// <summary>
/// The one acting may not do this (403). Raised by the use case itself, whatever the page or endpoint
/// showed or checked before; the message says who may.
/// </summary>
public sealed class NotAllowedException : Exception
{
    public NotAllowedException(string message)
        : base(message)
    {
    }

    public NotAllowedException()
    {
    }

    public NotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
