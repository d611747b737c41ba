using System.Globalization;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// Whether an uploaded file may be kept as evidence. The form and the API both call <see cref="Check"/>, so a file
/// refused in one is refused in the other with the same words.
/// </summary>
public static class EvidenceUploadRules
{
    /// <summary>Enough for a scanned multi-page sign-off or a long log, small enough to keep the store cheap.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>
    /// Records under <paramref name="field"/> why the file cannot be kept, and returns its type. When a message was
    /// added the returned value means nothing (it is the enum's default); check <paramref name="errors"/> first.
    /// <paramref name="head"/> is the file's first <see cref="EvidenceContent.SniffLength"/> bytes, or all of a
    /// shorter file.
    /// </summary>
    public static EvidenceFileType Check(FieldErrors errors, string field, long sizeBytes, long maxBytes, ReadOnlySpan<byte> head)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (sizeBytes <= 0)
        {
            errors.Add(field, "The file is empty.");
            return default;
        }

        if (sizeBytes > maxBytes)
        {
            errors.Add(field, $"The file is larger than the {Megabytes(maxBytes)} MB limit.");
            return default;
        }

        var type = EvidenceContent.Identify(head);
        if (type is null)
        {
            errors.Add(
                field,
                $"The file's content is not an allowed type ({EvidenceContent.AllowedList}). Its name does not matter: the portal looks at what is inside.");
            return default;
        }

        return type.Value;
    }

    private static string Megabytes(long bytes) => (bytes / BytesPerMegabyte).ToString("0.##", CultureInfo.InvariantCulture);
}
