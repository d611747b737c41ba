using System.Globalization;

/// <summary>
/// One measured run. Round trips are every command EF sent while the run was measured: queries (SELECT) and writes
/// apart, and per batch of models, which is the figure that must not grow with the portfolio.
/// </summary>
internal sealed record ScenarioRow(int Models, string Scenario, double Seconds, int Queries, int Writes, int Batches, int Opened, int Resolved, double? TargetSeconds)
{
    public int RoundTrips => Queries + Writes;

    public static void PrintTable(List<ScenarioRow> rows)
    {
        var width = rows.Max(r => r.Scenario.Length) + 2;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"models",7}  {"scenario".PadRight(width)}{"seconds",8} {"round trips",12} {"queries",8} {"writes",9} {"per batch",10} {"queries/batch",14} {"opened",8} {"resolved",9}  target"));
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Models,7:N0}  {row.Scenario.PadRight(width)}{row.Seconds,8:F2} {row.RoundTrips,12:N0} {row.Queries,8:N0} {row.Writes,9:N0} {row.RoundTrips / (double)row.Batches,10:F1} {row.Queries / (double)row.Batches,14:F1} {row.Opened,8:N0} {row.Resolved,9:N0}  {row.Target}"));
        }
    }

    private string Target => TargetSeconds is not { } limit
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"< {limit:0} s: {(Seconds < limit ? "met" : "MISSED")}");
}
