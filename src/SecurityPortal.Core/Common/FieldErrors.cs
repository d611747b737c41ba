namespace SecurityPortal.Core.Common;

/// <summary>Collects field errors while checking a request, then throws them together.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>Parses an enum by name (case-insensitive); on failure records an error listing the choices.</summary>
    public TEnum Enum<TEnum>(string field, string? value)
        where TEnum : struct, System.Enum
    {
        if (value is not null && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !value.All(char.IsAsciiDigit))
        {
            return parsed;
        }

        Add(field, $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return default;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors);
        }
    }
}
