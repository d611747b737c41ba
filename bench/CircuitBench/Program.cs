using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SecurityPortal.Bench;

// Managed heap per open, idle page (one Blazor circuit each), the portal beside the plain Blazor Server
// template (global Server interactivity) generated fresh by `dotnet new`. Both run as Release processes;
// Debian's Chromium opens N pages (0, 50, 100, 200 by default), and `dotnet-gcdump` (a forced full GC)
// reads the heap. Usage: dotnet run --project bench/CircuitBench -c Release [-- 0 50 100 200]
// Options: `--page /path` (repeatable) opens only those portal pages and skips the template; `--top N`
// prints the N heaviest types of the last dump, to see where a page's memory goes.
var options = BenchOptions.Parse(args);
var counts = options.Counts;
var root = BenchPortal.RepositoryRoot();
var work = Directory.CreateTempSubdirectory("securityportal-circuit-bench-");
var gcdump = await EnsureGcDumpAsync(work.FullName);
try
{
    var template = options.Pages.Length > 0 ? "" : await BuildTemplateAsync(work.FullName);
    var portalDll = Path.Combine(root, "src", "SecurityPortal.Web", "bin", "Release", "net10.0", "SecurityPortal.Web.dll");
    var apps = new[]
    {
        new App("portal (Dashboard, Incidents, a model page)", portalDll, Path.Combine(root, "src", "SecurityPortal.Web"), ["/", "/incidents", "/models/fraud-scorer"], SignIn: true),
        new App("plain template (Home, Counter, Weather)", template, Path.GetDirectoryName(template)!, ["/", "/counter", "/weather"], SignIn: false),
    };
    if (options.Pages.Length > 0)
    {
        apps = [apps[0] with { Name = "portal (" + string.Join(", ", options.Pages) + ")", Paths = options.Pages }];
    }

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await BenchBrowser.LaunchAsync(playwright);

    Console.WriteLine($"{"app",-46} {"pages",6} {"heap MB",9} {"KB per page",12}");
    foreach (var app in apps)
    {
        await MeasureAsync(app, browser, counts, options.Top, gcdump, work.FullName);
    }
}
finally
{
    work.Delete(recursive: true);
}

static async Task MeasureAsync(App app, IBrowser browser, int[] counts, int top, string gcdump, string work)
{
    await using var process = app.SignIn
        ? await BenchPortal.StartPortalAsync()
        : await BenchPortal.StartAsync(app.Dll, app.ContentRoot, new Dictionary<string, string>());
    var context = app.SignIn
        ? await BenchBrowser.SignedInAsync(browser, process.BaseAddress, "officer@demo.local")
        : await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = process.BaseAddress.ToString() });

    var open = new List<IPage>();
    double? baseline = null;
    Dictionary<string, (long Count, long Bytes)>? baselineTypes = null;
    foreach (var count in counts.Order())
    {
        while (open.Count < count)
        {
            // A page counts once its circuit has answered over the WebSocket and the network is quiet.
            var page = await context.NewPageAsync();
            var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            page.WebSocket += (_, socket) => socket.FrameReceived += (_, _) => answered.TrySetResult();
            await page.GotoAsync(app.Paths[open.Count % app.Paths.Length]);
            await answered.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            open.Add(page);
        }

        var (heap, report) = await HeapAsync(gcdump, process.ProcessId, work);
        baseline ??= heap;
        var perPage = count == 0 ? "" : ((heap - baseline.Value) / count / 1024).ToString("F0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{app.Name,-46} {count,6} {heap / 1024 / 1024,9:F1} {perPage,12}"));
        if (top > 0 && (count == counts.Min() || count == counts.Max()))
        {
            var types = await LiveTypesAsync(gcdump, process.ProcessId, work);
            baselineTypes ??= types;
            if (count == counts.Max() && count > 0)
            {
                PrintHeaviestPerPage(baselineTypes, types, count, top);
            }
        }
    }

    await context.CloseAsync();
}

static async Task<(double Bytes, string Report)> HeapAsync(string gcdump, int pid, string work)
{
    var file = Path.Combine(work, $"{Guid.NewGuid():N}.gcdump");
    await RunAsync(gcdump, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file]);
    var report = await RunAsync(gcdump, ["report", file]);
    var total = Regex.Match(report, @"([\d,]+)\s+GC Heap bytes");
    return (double.Parse(total.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), report);
}

// A full dump read by SOS: live objects per type (count, shallow bytes), to see where a page's memory goes.
static async Task<Dictionary<string, (long Count, long Bytes)>> LiveTypesAsync(string gcdump, int pid, string work)
{
    var tools = Path.GetDirectoryName(gcdump)!;
    var dotnetDump = Path.Combine(tools, "dotnet-dump");
    if (!File.Exists(dotnetDump))
    {
        await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "dotnet-dump", "--version", "10.0.750501"]);
    }

    var file = Path.Combine(work, $"{Guid.NewGuid():N}.dmp");
    await RunAsync(dotnetDump, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file, "--type", "Heap"]);
    var stat = await RunAsync(dotnetDump, ["analyze", file, "-c", "dumpheap -stat -live", "-c", "exit"]);
    File.Delete(file);
    var types = new Dictionary<string, (long Count, long Bytes)>();
    foreach (var match in stat.Split('\n').Select(line => Regex.Match(line, @"^\s*[0-9a-f]+\s+([\d,]+)\s+([\d,]+)\s+(.+)$")).Where(m => m.Success))
    {
        types[match.Groups[3].Value.Trim()] = (Number(match.Groups[1].Value), Number(match.Groups[2].Value));
    }

    return types;

    static long Number(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}

static void PrintHeaviestPerPage(Dictionary<string, (long Count, long Bytes)> before, Dictionary<string, (long Count, long Bytes)> after, int pages, int top)
{
    Console.WriteLine($"{"bytes per page",14} {"objects",9}  type (growth from the first count, divided by {pages} pages)");
    var rows = after
        .Select(type => (Type: type.Key, Count: type.Value.Count - before.GetValueOrDefault(type.Key).Count, Bytes: type.Value.Bytes - before.GetValueOrDefault(type.Key).Bytes))
        .OrderByDescending(row => row.Bytes)
        .Take(top);
    var total = after.Sum(type => type.Value.Bytes) - before.Sum(type => type.Value.Bytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / pages,14:N0} {"",9}  all live objects"));
    foreach (var row in rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Bytes / pages,14:N0} {row.Count / (double)pages,9:N1}  {row.Type}"));
    }
}

static async Task<string> BuildTemplateAsync(string work)
{
    var folder = Path.Combine(work, "PlainBlazor");
    await RunAsync("dotnet", ["new", "blazor", "--interactivity", "Server", "--all-interactive", "--no-https", "-o", folder, "-n", "PlainBlazor"]);
    await RunAsync("dotnet", ["build", folder, "-c", "Release", "--nologo", "-v", "quiet"]);
    return Path.Combine(folder, "bin", "Release", "net10.0", "PlainBlazor.dll");
}

static async Task<string> EnsureGcDumpAsync(string work)
{
    var tools = Path.Combine(work, "tools");
    await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "dotnet-gcdump", "--version", "10.0.750501"]);
    return Path.Combine(tools, "dotnet-gcdump");
}

static async Task<string> RunAsync(string file, string[] arguments)
{
    var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
    using var process = Process.Start(info)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await error}");
    }

    return await output;
}

internal sealed record BenchOptions(int[] Counts, string[] Pages, int Top)
{
    public static BenchOptions Parse(string[] args)
    {
        var counts = new List<int>();
        var pages = new List<string>();
        var top = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--page":
                    pages.Add(args[++i]);
                    break;
                case "--top":
                    top = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    counts.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
                    break;
            }
        }

        return new BenchOptions(counts.Count > 0 ? [.. counts] : [0, 50, 100, 200], [.. pages], top);
    }
}

internal sealed record App(string Name, string Dll, string ContentRoot, string[] Paths, bool SignIn);
