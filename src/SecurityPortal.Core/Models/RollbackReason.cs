using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>
/// Why a deployment was rolled back, as the history keeps it: one rule wherever a rollback starts (the model
/// page, an incident, the API). An incident's rollback prefixes its reference, which the stored length allows.
/// </summary>
public static class RollbackReason
{
    public const int MinLength = 3;
    public const int MaxLength = 900;

    /// <summary>The history's column: the reason plus room for an incident reference ("INC-2026-0042: ").</summary>
    public const int StoredMaxLength = 1000;

    /// <summary>The trimmed reason; records an error under "reason" when it is missing or too long.</summary>
    public static string Check(FieldErrors errors, string? text)
    {
        var reason = text?.Trim() ?? string.Empty;
        if (reason.Length is < MinLength or > MaxLength)
        {
            errors.Add("reason", $"Say why you roll back ({MinLength} to {MaxLength} characters); it goes into the history.");
        }

        return reason;
    }
}
