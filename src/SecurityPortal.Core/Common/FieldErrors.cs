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

    public bool HasAny => _errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> has an error, so a later check that depends on it can stay quiet.</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>How many messages have been recorded, so a caller can tell whether its own checks added any.</summary>
    public int Count => _errors.Values.Sum(messages => messages.Length);

    /// <summary>All messages, each prefixed by its field, for places that list rather than place them (CSV rows).</summary>
    public IReadOnlyList<string> Messages =>
        [.. _errors.SelectMany(e => e.Value.Select(m => string.IsNullOrEmpty(e.Key) ? m : $"{e.Key}: {m}"))];

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors);
        }
    }
}
