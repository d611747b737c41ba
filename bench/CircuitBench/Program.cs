using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

// Managed heap per open, idle page (one Blazor circuit each), the portal beside the plain Blazor Server
// template (global Server interactivity) generated fresh by `dotnet new`. Both run as Release processes;
// Debian's Chromium opens N pages (0, 50, 100, 200 by default), and `dotnet-gcdump` (a forced full GC)
// reads the heap. Usage: dotnet run --project bench/CircuitBench -c Release [-- 0 50 100 200]
var counts = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [0, 50, 100, 200];
var root = FindRoot();
var work = Directory.CreateTempSubdirectory("securityportal-circuit-bench-");
var gcdump = await EnsureGcDumpAsync(work.FullName);
try
{
    var template = await BuildTemplateAsync(work.FullName);
    var portalDll = Path.Combine(root, "src", "SecurityPortal.Web", "bin", "Release", "net10.0", "SecurityPortal.Web.dll");
    var apps = new[]
    {
        new App("portal (Dashboard, Incidents, a model page)", portalDll, Path.Combine(root, "src", "SecurityPortal.Web"), ["/", "/incidents", "/models/fraud-scorer"], SignIn: true),
        new App("plain template (Home, Counter, Weather)", template, Path.GetDirectoryName(template)!, ["/", "/counter", "/weather"], SignIn: false),
    };

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
        Headless = true,
        // Tabs share a few renderer processes, so hundreds of pages fit in memory.
        Args = ["--no-sandbox", "--disable-gpu", "--renderer-process-limit=4", "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
    });

    Console.WriteLine($"{"app",-46} {"pages",6} {"heap MB",9} {"KB per page",12}");
    foreach (var app in apps)
    {
        await MeasureAsync(app, browser, counts, gcdump, work.FullName);
    }
}
finally
{
    work.Delete(recursive: true);
}

static async Task MeasureAsync(App app, IBrowser browser, int[] counts, string gcdump, string work)
{
    var data = Directory.CreateDirectory(Path.Combine(work, Guid.NewGuid().ToString("N")));
    var port = FreePort();
    var start = new ProcessStartInfo("dotnet", [app.Dll, "--contentRoot", app.ContentRoot]) { RedirectStandardOutput = true, RedirectStandardError = true };
    // Development for both: over plain HTTP the portal's Production cookies (Secure, antiforgery) refuse to work.
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
    start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
    start.Environment["Database__SqliteFile"] = Path.Combine(data.FullName, "portal.db");
    start.Environment["Database__JobsSqliteFile"] = Path.Combine(data.FullName, "jobs.db");
    start.Environment["Portal__Logs__Directory"] = Path.Combine(data.FullName, "logs");
    start.Environment["Security__AuditLog__AnchorKeyFile"] = Path.Combine(data.FullName, "audit-anchor.key");
    start.Environment["Portal__Demo__Seed"] = "true";
    start.Environment["Portal__Demo__Password"] = "Bench-Passw0rd-2026!";
    start.Environment["Security__RateLimits__SignInPerMinute"] = "100000";
    start.Environment["Jobs__RunServer"] = "false";
    start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
    using var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    var baseUrl = $"http://localhost:{port}";
    try
    {
        await WaitUntilReadyAsync(baseUrl, process);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        if (app.SignIn)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("E-mail").FillAsync("officer@demo.local");
            await page.GetByLabel("Password").FillAsync("Bench-Passw0rd-2026!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.Locator("[data-circuit=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.CloseAsync();
        }

        var open = new List<IPage>();
        double? baseline = null;
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

            var heap = await HeapBytesAsync(gcdump, process.Id, work);
            baseline ??= heap;
            var perPage = count == 0 ? "" : ((heap - baseline.Value) / count / 1024).ToString("F0", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{app.Name,-46} {count,6} {heap / 1024 / 1024,9:F1} {perPage,12}"));
        }

        await context.CloseAsync();
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}

static async Task<double> HeapBytesAsync(string gcdump, int pid, string work)
{
    var file = Path.Combine(work, $"{Guid.NewGuid():N}.gcdump");
    await RunAsync(gcdump, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file]);
    var report = await RunAsync(gcdump, ["report", file]);
    var total = Regex.Match(report, @"([\d,]+)\s+GC Heap bytes");
    return double.Parse(total.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
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

static async Task WaitUntilReadyAsync(string baseUrl, Process process)
{
    using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    var deadline = DateTime.UtcNow.AddMinutes(2);
    while (DateTime.UtcNow < deadline)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException("The app exited before it was ready.");
        }

        try
        {
            using var response = await client.GetAsync("/");
            if ((int)response.StatusCode < 500)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // not listening yet
        }

        await Task.Delay(200);
    }

    throw new TimeoutException("The app was not ready within two minutes.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecurityPortal.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record App(string Name, string Dll, string ContentRoot, string[] Paths, bool SignIn);
