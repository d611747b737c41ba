using SecurityPortal.Core.Common;

namespace SecurityPortal.Web.Shared;

/// <summary>
/// The field errors of a refused save, for a form to show next to its inputs. Field names match the
/// API's (case-insensitive), so one <see cref="ValidationFailedException"/> serves both.
/// </summary>
public sealed class FormErrors
{
    private Dictionary<string, string[]> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _errors.Count > 0;

    public void Show(ValidationFailedException exception) =>
        _errors = new Dictionary<string, string[]>(exception.Errors, StringComparer.OrdinalIgnoreCase);

    public void Clear() => _errors.Clear();

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Messages for fields the form has no input for, so none is lost.</summary>
    public IEnumerable<string> Others(params string[] shownFields) =>
        _errors.Where(e => !shownFields.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value);
}
