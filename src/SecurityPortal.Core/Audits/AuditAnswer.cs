using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Audits;

/// <summary>An answer for one checklist item, checked before anything is written.</summary>
public sealed record AuditAnswer(AuditItemResult Result, string? Note)
{
    /// <summary>
    /// The answer with its note trimmed (empty is none), or a <see cref="ValidationFailedException"/> keyed by field:
    /// NotApplicable needs a justification, and a note is at most <see cref="AuditItem.MaxNoteLength"/> characters.
    /// </summary>
    public static AuditAnswer Parse(string? result, string? note)
    {
        var errors = new FieldErrors();
        var value = errors.Enum<AuditItemResult>("result", result?.Trim());
        var known = !errors.HasAny;
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > AuditItem.MaxNoteLength })
        {
            errors.Add("note", $"The note is at most {AuditItem.MaxNoteLength} characters.");
        }
        else if (known && value == AuditItemResult.NotApplicable && (trimmed?.Length ?? 0) < AuditItem.MinJustificationLength)
        {
            errors.Add("note", $"Say why the control does not apply (at least {AuditItem.MinJustificationLength} characters).");
        }

        errors.ThrowIfAny();
        return new AuditAnswer(value, trimmed);
    }
}
