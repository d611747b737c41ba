using System.Text;

namespace SecurityPortal.Core.Common;

/// <summary>
/// RFC 4180 CSV, small enough to own: quoted fields may hold commas, quotes and line breaks. Writing
/// neutralises spreadsheet formulas, because exported inventories are opened in Excel and a model name
/// like <c>=HYPERLINK(...)</c> must stay text.
/// </summary>
public static partial class Csv
{
    /// <summary>Parses records; throws <see cref="FormatException"/> naming the line of an unterminated quote.</summary>
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoteLine = 0;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                quoteLine = line;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"Line {quoteLine}: a quoted field is never closed.");
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            // Blank lines carry no record; they are common at the end of hand-edited files.
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
        }
    }

    /// <summary>One CSV line (without the line break) with fields quoted where needed.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));

    /// <summary>
    /// One field, safe to open in a spreadsheet: a cell that starts like a formula gets a leading apostrophe, and
    /// so does any part after a character a spreadsheet may split on (<c>;</c>, <c>,</c>, tab, <c>|</c>), since
    /// in locales that split on <c>;</c> "ab;=1+1" would otherwise become a formula cell.
    /// </summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        text = FormulaAfterSeparator().Replace(text, "$1'$2");
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>Undoes <see cref="Field"/>'s formula guards, so an export read back is what was exported.</summary>
    public static string WithoutFormulaGuards(string value)
    {
        var text = value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;
        return GuardAfterSeparator().Replace(text, "$1$2");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"([;,\t|]\s*)([=+\-@])")]
    private static partial System.Text.RegularExpressions.Regex FormulaAfterSeparator();

    [System.Text.RegularExpressions.GeneratedRegex(@"([;,\t|]\s*)'([=+\-@])")]
    private static partial System.Text.RegularExpressions.Regex GuardAfterSeparator();
}

/// <summary>A parsed CSV record and the line it starts on, for error messages people can find in their file.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
