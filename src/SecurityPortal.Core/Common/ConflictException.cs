namespace SecurityPortal.Core.Common;

/// <summary>
/// The change cannot be made in the item's current state, or someone else changed it first (409).
/// </summary>
public sealed class ConflictException : Exception
{
    public const string ChangedBySomeoneElse = "Someone else changed this while you were editing. Reload to see their change, then try again.";

    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException()
        : base(ChangedBySomeoneElse)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
