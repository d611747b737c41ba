using System.Text;

namespace SecurityPortal.Core.Common;

/// <summary>
/// RFC 4180 CSV, small enough to own: quoted fields may hold commas, quotes and line breaks. Writing
/// neutralises spreadsheet formulas, because exported inventories are opened in Excel and a model name
/// like <c>=HYPERLINK(...)</c> must stay text.
/// </summary>
public static class Csv
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

    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}

/// <summary>A parsed CSV record and the line it starts on, for error messages people can find in their file.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
