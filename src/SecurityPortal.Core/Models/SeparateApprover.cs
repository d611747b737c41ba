using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>
/// Separation of duties for model versions: whoever registered a version (a person or an API key) does not
/// approve it too, so every artifact that reaches Production has been looked at by a second pair of eyes.
/// </summary>
public static class SeparateApprover
{
    /// <summary>Why <paramref name="approver"/> may not approve, or null when they may.</summary>
    public static string? Refusal(string version, string registeredBy, string approver, bool required) =>
        required && string.Equals(registeredBy, approver, StringComparison.OrdinalIgnoreCase)
            ? $"{approver} registered version {version}, so someone else must approve it (separation of duties)."
            : null;

    /// <summary>Throws a <see cref="ConflictException"/> with the reason when the approval is refused.</summary>
    public static void Ensure(string version, string registeredBy, string approver, bool required)
    {
        if (Refusal(version, registeredBy, approver, required) is { } reason)
        {
            throw new ConflictException(reason);
        }
    }
}
