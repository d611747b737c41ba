using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// Decides what an evidence file is from its first bytes, and how to hand it back. The uploaded name and the
/// browser's content type are chosen by whoever uploads, so they prove nothing: a <c>report.pdf</c> may be an
/// executable. Only what is inside counts, and a download always carries the name and media type of what the
/// portal found, never of what it was told.
/// </summary>
public static class EvidenceContent
{
    /// <summary>How many leading bytes <see cref="Identify"/> needs (fewer when the file is shorter).</summary>
    public const int SniffLength = 8192;

    /// <summary>The longest download name, extension included; long enough to recognise, short enough for every file system.</summary>
    public const int MaxDownloadNameLength = 100;

    /// <summary>For error messages: what may be uploaded, in the words people use for their files.</summary>
    public const string AllowedList = "PDF, PNG or JPEG images, plain text (CSV, Markdown, JSON, logs), Word or Excel documents";

    private const string FallbackName = "evidence";

    /// <summary>Size of a ZIP local file header before the entry's name.</summary>
    private const int LocalHeaderLength = 30;

    /// <summary>General-purpose flag bit 3: the entry's sizes follow its data, so the header cannot say where it ends.</summary>
    private const int SizesFollowDataFlag = 0x0008;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The allowed type <paramref name="head"/> (the file's first <see cref="SniffLength"/> bytes, or all of a
    /// shorter file) begins like, or null when it is none of them. Signatures must sit at the very start: a PDF
    /// with bytes before <c>%PDF-</c> is refused rather than guessed at.
    /// </summary>
    public static EvidenceFileType? Identify(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return null;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return EvidenceFileType.Pdf;
        }

        if (head.StartsWith(PngSignature))
        {
            return EvidenceFileType.Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return EvidenceFileType.Jpeg;
        }

        if (head.StartsWith(ZipLocalHeader))
        {
            return OfficeDocument(head);
        }

        return IsPlainText(head) ? EvidenceFileType.Text : null;
    }

    /// <summary>The media type a download is served with, so the browser treats it as what it really is.</summary>
    public static string MediaType(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "application/pdf",
        EvidenceFileType.Png => "image/png",
        EvidenceFileType.Jpeg => "image/jpeg",
        EvidenceFileType.Text => "text/plain; charset=utf-8",
        EvidenceFileType.WordDocument => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceFileType.Spreadsheet => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an evidence file type."),
    };

    /// <summary>The extension a download ends with, whatever the uploaded name ended with.</summary>
    public static string Extension(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => ".pdf",
        EvidenceFileType.Png => ".png",
        EvidenceFileType.Jpeg => ".jpg",
        EvidenceFileType.Text => ".txt",
        EvidenceFileType.WordDocument => ".docx",
        EvidenceFileType.Spreadsheet => ".xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an evidence file type."),
    };

    /// <summary>A short label for lists and messages.</summary>
    public static string Describe(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "PDF",
        EvidenceFileType.Png => "PNG image",
        EvidenceFileType.Jpeg => "JPEG image",
        EvidenceFileType.Text => "Plain text",
        EvidenceFileType.WordDocument => "Word document",
        EvidenceFileType.Spreadsheet => "Excel workbook",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an evidence file type."),
    };

    /// <summary>
    /// A file name that is safe in a <c>Content-Disposition: attachment</c> header and on any disk. Folders in the
    /// uploaded name are dropped; letters (any script), digits, <c>-</c>, <c>_</c>, <c>.</c> and spaces are kept and
    /// every other run of characters becomes one <c>_</c>. The name always ends with the extension of what the file
    /// is: a matching extension is kept (<c>scan.PDF</c> → <c>scan.pdf</c>), any other has its dot turned into
    /// <c>_</c> so it can be read but not acted on (<c>report.pdf.exe</c> that is a PDF → <c>report.pdf_exe.pdf</c>,
    /// <c>findings.csv</c> → <c>findings_csv.txt</c>). Falls back to <c>evidence</c> when nothing recognisable is left.
    /// </summary>
    public static string DownloadName(string? uploadedName, EvidenceFileType type)
    {
        var extension = Extension(type);
        var name = BaseName(uploadedName ?? string.Empty).TrimEnd(" .").ToString();
        var stem = Sanitized(WithoutClaimedExtension(name, type)).AsSpan().Trim(" .");

        var room = MaxDownloadNameLength - extension.Length;
        if (stem.Length > room)
        {
            // Never cut a surrogate pair in half: the name would no longer be valid UTF-16.
            stem = stem[..(char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room)].Trim(" .");
        }

        return HasLetterOrDigit(stem) ? string.Concat(stem, extension) : FallbackName + extension;
    }

    /// <summary>
    /// Walks the ZIP local file headers that lie wholly inside the head. Office writes each part's name in plain
    /// text in its header, and puts the document's folder (<c>word/</c>, <c>xl/</c>) among the first few entries;
    /// a ZIP without either (a plain archive, a .jar, an .apk) is not evidence the portal will hand out.
    /// </summary>
    private static EvidenceFileType? OfficeDocument(ReadOnlySpan<byte> head)
    {
        var entry = head;
        while (entry.Length >= LocalHeaderLength && entry.StartsWith(ZipLocalHeader))
        {
            int flags = BinaryPrimitives.ReadUInt16LittleEndian(entry[6..]);
            var compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(entry[18..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[26..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[28..]);
            if (entry.Length < LocalHeaderLength + nameLength)
            {
                return null;
            }

            var name = entry.Slice(LocalHeaderLength, nameLength);
            if (name.StartsWith("word/"u8))
            {
                return EvidenceFileType.WordDocument;
            }

            if (name.StartsWith("xl/"u8))
            {
                return EvidenceFileType.Spreadsheet;
            }

            var dataStart = LocalHeaderLength + nameLength + extraLength;
            if (dataStart > entry.Length)
            {
                return null;
            }

            var rest = entry[dataStart..];
            if ((flags & SizesFollowDataFlag) != 0 || compressedSize == uint.MaxValue)
            {
                // A streaming writer (bit 3) or Zip64 leaves the size out of this header: look for the next one instead.
                var next = rest.IndexOf(ZipLocalHeader);
                if (next < 0)
                {
                    return null;
                }

                entry = rest[next..];
            }
            else
            {
                if (compressedSize > (uint)rest.Length)
                {
                    return null;
                }

                entry = rest[(int)compressedSize..];
            }
        }

        return null;
    }

    /// <summary>
    /// Valid UTF-8 (a byte-order mark allowed) without NUL or control characters other than tab, line feed, form
    /// feed and carriage return: binary formats fail this within their first few bytes. The head may stop part-way
    /// through a character the rest of the file completes, so an incomplete sequence at its very end is accepted.
    /// </summary>
    private static bool IsPlainText(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith(Utf8Bom) ? head[Utf8Bom.Length..] : head;
        var characters = 0;
        var pastLeadingWhitespace = false;
        while (!text.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(text, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                return characters > 0;
            }

            if (status != OperationStatus.Done || IsRefusedControl(rune))
            {
                return false;
            }

            if (!pastLeadingWhitespace && !IsSniffWhitespace(rune))
            {
                // Markup is text too, but HTML, SVG and XML can carry script that runs when a browser, a preview pane
                // or a content-sniffing tool renders them. Browsers recognise markup by its first non-space character,
                // so refusing a leading '<' keeps every stored text file inert even if a download header is lost.
                if (rune.Value == '<')
                {
                    return false;
                }

                pastLeadingWhitespace = true;
            }

            characters++;
            text = text[consumed..];
        }

        return characters > 0;
    }

    private static bool IsRefusedControl(Rune rune) =>
        Rune.IsControl(rune) && !(rune.IsAscii && (char)rune.Value is '\t' or '\n' or '\f' or '\r');

    /// <summary>The whitespace a browser skips before deciding a resource is markup.</summary>
    private static bool IsSniffWhitespace(Rune rune) =>
        rune.IsAscii && (char)rune.Value is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>The last segment of the name; old browsers send the whole client path, with either separator.</summary>
    private static ReadOnlySpan<char> BaseName(string uploadedName)
    {
        var span = uploadedName.AsSpan();
        return span[(span.LastIndexOfAny('/', '\\') + 1)..];
    }

    private static string WithoutClaimedExtension(string name, EvidenceFileType type)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return name;
        }

        var claimed = name.AsSpan(dot);
        var matches = claimed.Equals(Extension(type), StringComparison.OrdinalIgnoreCase)
            || (type == EvidenceFileType.Jpeg && claimed.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));
        return matches ? name[..dot] : string.Concat(name.AsSpan(0, dot), "_", name.AsSpan(dot + 1));
    }

    private static string Sanitized(string name)
    {
        var safe = new StringBuilder(name.Length);
        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            if (status == OperationStatus.Done && IsKept(rune))
            {
                safe.Append(rest[..consumed]);
            }
            else if (safe.Length == 0 || safe[^1] != '_')
            {
                safe.Append('_');
            }

            rest = rest[consumed..];
        }

        return safe.ToString();
    }

    /// <summary>
    /// Letters and digits of any script, with their combining marks (Devanagari vowel signs, decomposed accents), and
    /// the few punctuation marks that mean nothing to a shell or a file system. Bidirectional overrides, which can
    /// make <c>exe.pdf</c> display as <c>fdp.exe</c>, are format characters and so are replaced.
    /// </summary>
    private static bool IsKept(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || (rune.IsAscii && (char)rune.Value is '-' or '_' or '.' or ' ');

    private static bool HasLetterOrDigit(ReadOnlySpan<char> stem)
    {
        foreach (var rune in stem.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }
}
