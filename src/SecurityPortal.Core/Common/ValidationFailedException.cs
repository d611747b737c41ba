namespace SecurityPortal.Core.Common;

/// <summary>
/// Input broke a rule; nothing was written. Carries one or more messages per field, shown inline in
/// the UI and returned as a 400 problem-details <c>errors</c> object by the API.
/// </summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public ValidationFailedException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public ValidationFailedException(string message)
        : this(string.Empty, message)
    {
    }

    public ValidationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [string.Empty] = [message] };
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
