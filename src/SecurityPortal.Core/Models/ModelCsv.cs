using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>
/// The inventory's CSV shape. Export and import share the columns, so an exported file edited in a
/// spreadsheet imports back unchanged; import matches headers by name, in any order.
/// </summary>
public static class ModelCsv
{
    public const string Key = "key";
    public const string Name = "name";
    public const string OwnerTeam = "owner_team";
    public const string RiskTier = "risk_tier";
    public const string DataClassification = "data_classification";
    public const string Purpose = "purpose";
    public const string Tags = "tags";

    public static IReadOnlyList<string> Columns { get; } = [Key, Name, OwnerTeam, RiskTier, DataClassification, Purpose, Tags];

    private static readonly string[] Required = [Key, Name, OwnerTeam, RiskTier, DataClassification];

    /// <summary>Reads rows by header name; throws <see cref="FormatException"/> for a file that is not an inventory CSV at all.</summary>
    public static IReadOnlyList<ModelCsvRow> Read(string text, int maxRows)
    {
        var records = Csv.Parse(text);
        if (records.Count == 0)
        {
            throw new FormatException("The file is empty; the first line names the columns: " + string.Join(",", Columns) + ".");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"The first line must name the columns; missing: {string.Join(", ", missing)}.");
        }

        if (records.Count - 1 > maxRows)
        {
            throw new FormatException($"The file has {records.Count - 1:N0} rows; import at most {maxRows:N0} at a time.");
        }

        return [.. records.Skip(1).Select(record => new ModelCsvRow(
            record.Line,
            Cell(record, header, Key),
            Cell(record, header, Name),
            Cell(record, header, OwnerTeam),
            Cell(record, header, RiskTier),
            Cell(record, header, DataClassification),
            Cell(record, header, Purpose),
            Cell(record, header, Tags),
            record.Fields.Count == header.Count ? null : $"has {record.Fields.Count} fields; the header has {header.Count}."))];
    }

    public static string Header() => Csv.Line(Columns);

    public static string Row(string key, string name, string ownerTeam, string riskTier, string dataClassification, string? purpose, string tags) =>
        Csv.Line([key, name, ownerTeam, riskTier, dataClassification, purpose, tags]);

    private static string? Cell(CsvRecord record, List<string> header, string column)
    {
        var index = header.IndexOf(column);
        if (index < 0 || index >= record.Fields.Count)
        {
            return null;
        }

        // Undo the formula guards our own export adds, so round trips are lossless.
        return Csv.WithoutFormulaGuards(record.Fields[index].Trim());
    }
}

/// <summary>One data row of an inventory CSV, as text; <see cref="ShapeError"/> is set when its field count is off.</summary>
public sealed record ModelCsvRow(int Line, string? Key, string? Name, string? OwnerTeam, string? RiskTier, string? DataClassification, string? Purpose, string? Tags, string? ShapeError);
