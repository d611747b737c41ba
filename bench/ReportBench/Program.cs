using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Playwright;
using PdfSharp.Pdf.IO;
using SecurityPortal.Reports.Composition;

// Pages per second and peak memory of a long table report on the portal's report layer, beside headless Chromium
// printing the same table as HTML (what a report built from HTML would cost). Each size of our report runs in a
// child process of its own, so its peak working set is its own. Usage:
//   dotnet run -c Release --project bench/ReportBench            (1,000 and 5,000 pages, and Chromium at 1,000)
//   dotnet run -c Release --project bench/ReportBench -- --one 1000   (one size, in this process: what the children run)
var arguments = args.ToList();
if (arguments.IndexOf("--one") is var one and >= 0)
{
    var pages = int.Parse(arguments[one + 1], CultureInfo.InvariantCulture);
    var measured = OurReport.Measure(pages);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {measured.Pages} {measured.Seconds:0.000} {measured.PeakMegabytes:0.0} {measured.Bytes}"));
    return 0;
}

Console.WriteLine("Report layer (PDFsharp 6.2.4) against headless Chromium, table report, A4");
Console.WriteLine($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| renderer | pages | seconds | pages/s | peak working set | file |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");

// A warm-up in its own process is not needed: each child pays its own start, which the rate includes only in part
// (the clock starts after the rows are made and the fonts are loaded by a one-page report).
var results = new Dictionary<int, OurResult>();
foreach (var pages in new[] { 1000, 5000 })
{
    var result = RunChild(pages);
    results[pages] = result;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| report layer | {result.Pages:N0} | {result.Seconds:0.00} | {result.Pages / result.Seconds:N0} | {result.PeakMegabytes:N0} MB | {result.Bytes / 1024.0 / 1024.0:0.0} MB |"));
}

var chromium = await ChromiumReport.MeasureAsync(results[1000].Rows);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Chromium `PdfAsync` | {chromium.Pages:N0} | {chromium.Seconds:0.00} | {chromium.Pages / chromium.Seconds:N0} | (browser processes) | {chromium.Bytes / 1024.0 / 1024.0:0.0} MB |"));
Console.WriteLine();
var ours = results[1000].Pages / results[1000].Seconds;
var theirs = chromium.Pages / chromium.Seconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"At 1,000 pages the report layer is {ours / theirs:0.0}x Chromium's rate."));
return 0;

static OurResult RunChild(int pages)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
    {
        start.ArgumentList.Add(typeof(OurReport).Assembly.Location); // started as "dotnet ReportBench.dll"
    }

    start.ArgumentList.Add("--one");
    start.ArgumentList.Add(pages.ToString(CultureInfo.InvariantCulture));
    using var process = Process.Start(start)!;
    var line = process.StandardOutput.ReadToEnd().Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
    process.WaitForExit();
    var made = int.Parse(line[1], CultureInfo.InvariantCulture);
    return new OurResult(made, double.Parse(line[2], CultureInfo.InvariantCulture), double.Parse(line[3], CultureInfo.InvariantCulture), long.Parse(line[4], CultureInfo.InvariantCulture), OurReport.RowsFor(pages));
}

internal sealed record OurResult(int Pages, double Seconds, double PeakMegabytes, long Bytes, int Rows);

internal sealed record Measured(int Pages, double Seconds, double PeakMegabytes, long Bytes);

internal static class Table
{
    public static readonly TableColumn[] Columns = [new("Control", 1), new("Finding", 4), new("Severity", 1.2), new("Due", 1.3)];

    public static IReadOnlyList<string> Row(int i) =>
        [$"SP-{(i % 10) + 1:D2}.{(i % 4) + 1}", $"Finding number {i} on model m-{i % 500:D3}: input validation off in Production", (i % 4) switch { 0 => "Critical", 1 => "High", 2 => "Medium", _ => "Low" }, $"2027-{(i % 12) + 1:D2}-{(i % 28) + 1:D2}"];
}

internal static class OurReport
{
    private static readonly ReportHeader Header = new("Contoso Bank", "Findings register", "EXP-BENCH", new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Rows that fill about <paramref name="pages"/> pages, from how many one page holds.</summary>
    public static int RowsFor(int pages)
    {
        using var probe = new ReportComposer(Header);
        probe.Table(Table.Columns, Enumerable.Range(1, 1000).Select(Table.Row));
        var perPage = 1000.0 / probe.PageCount;
        return (int)Math.Ceiling(pages * perPage);
    }

    public static Measured Measure(int pages)
    {
        var rows = RowsFor(pages);
        var data = Enumerable.Range(1, rows).Select(Table.Row).ToList();
        var clock = Stopwatch.StartNew();
        using var report = new ReportComposer(Header);
        report.Heading("Findings register");
        report.Table(Table.Columns, data);
        var pdf = report.Finish();
        clock.Stop();
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Process.GetCurrentProcess().Refresh();
        return new Measured(document.PageCount, clock.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0, pdf.Length);
    }
}

internal static class ChromiumReport
{
    public static async Task<Measured> MeasureAsync(int rows)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        var html = Html(rows);
        var clock = Stopwatch.StartNew();
        await page.SetContentAsync(html);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Margin = new Margin { Top = "34mm", Bottom = "22mm", Left = "18mm", Right = "18mm" } });
        clock.Stop();
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return new Measured(document.PageCount, clock.Elapsed.TotalSeconds, 0, pdf.Length);
    }

    /// <summary>The same table as HTML, in the same sizes: 10pt text, padded cells, a header row repeated on every page.</summary>
    private static string Html(int rows)
    {
        var html = new StringBuilder("<!doctype html><html><head><style>body{font:10pt sans-serif}table{width:100%;border-collapse:collapse}th{background:#eceff3;text-align:left}th,td{padding:4pt;border-bottom:0.5pt solid #c8ccd2}thead{display:table-header-group}tr{break-inside:avoid}</style></head><body><h1>Findings register</h1><table><thead><tr>");
        foreach (var column in Table.Columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column.Heading)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var i = 1; i <= rows; i++)
        {
            html.Append("<tr>");
            foreach (var cell in Table.Row(i))
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }
}
