using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

// Sign-in answer times as an outsider sees them, over HTTP against the built portal (Release): an unknown
// account, an existing account with a wrong password (locked after five, as an attacker would leave it),
// and, for scale, a right password. The portal must not tell the first two apart by timing.
const int Warmups = 10;
const int Runs = 200;

var root = FindRoot();
var dll = Path.Combine(root, "src", "SecurityPortal.Web", "bin", "Release", "net10.0", "SecurityPortal.Web.dll");
var data = Directory.CreateTempSubdirectory("securityportal-signin-bench-");
var port = FreePort();
const string Password = "Bench-Passw0rd-2026!";
var start = new ProcessStartInfo("dotnet", [dll, "--contentRoot", Path.Combine(root, "src", "SecurityPortal.Web")])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
};
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
start.Environment["Database__SqliteFile"] = Path.Combine(data.FullName, "portal.db");
start.Environment["Database__JobsSqliteFile"] = Path.Combine(data.FullName, "jobs.db");
start.Environment["Portal__Logs__Directory"] = Path.Combine(data.FullName, "logs");
start.Environment["Security__AuditLog__AnchorKeyFile"] = Path.Combine(data.FullName, "audit-anchor.key");
start.Environment["Portal__Demo__Password"] = Password;
start.Environment["Security__RateLimits__SignInPerMinute"] = "1000000";
start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

using var portal = Process.Start(start)!;
portal.OutputDataReceived += (_, _) => { };
portal.ErrorDataReceived += (_, _) => { };
portal.BeginOutputReadLine();
portal.BeginErrorReadLine();
try
{
    var baseAddress = new Uri($"http://127.0.0.1:{port}");
    await WaitUntilReadyAsync(baseAddress, portal);

    var scenarios = new (string Name, string Email, string Password)[]
    {
        ("unknown account", "nobody-here@demo.local", "Wrong-Passw0rd-123"),
        ("existing account, wrong password (locked after 5)", "lead@demo.local", "Wrong-Passw0rd-123"),
        ("existing account, right password", "staff@demo.local", Password),
    };

    // Interleaved, so warm-up and background work fall on every scenario alike.
    var timings = scenarios.ToDictionary(s => s.Name, _ => new List<double>());
    for (var i = 0; i < Warmups + Runs; i++)
    {
        foreach (var (name, email, password) in scenarios)
        {
            var elapsed = await TimeSignInAsync(baseAddress, email, password);
            if (i >= Warmups)
            {
                timings[name].Add(elapsed);
            }
        }
    }

    Console.WriteLine($"{"scenario",-52} {"p50 ms",8} {"p95 ms",8} {"mean ms",8}");
    var medians = new Dictionary<string, double>();
    foreach (var (name, list) in timings)
    {
        list.Sort();
        medians[name] = list[Runs / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} {list[Runs / 2],8:F1} {list[(int)(Runs * 0.95)],8:F1} {list.Average(),8:F1}"));
    }

    var unknown = medians[scenarios[0].Name];
    var existing = medians[scenarios[1].Name];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unknown vs existing (p50): {Math.Abs(unknown - existing) / existing * 100:F1} % apart"));
}
finally
{
    portal.Kill(entireProcessTree: true);
    await portal.WaitForExitAsync();
    data.Delete(recursive: true);
}

// Only the form post is timed; loading the form (antiforgery token and cookie) is not.
static async Task<double> TimeSignInAsync(Uri baseAddress, string email, string password)
{
    using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
    using var client = new HttpClient(handler) { BaseAddress = baseAddress };
    var form = await client.GetStringAsync("/account/sign-in");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"").Groups["token"].Value;
    using var body = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["__RequestVerificationToken"] = token,
        ["_handler"] = "sign-in",
    });
    var watch = Stopwatch.StartNew();
    using var response = await client.PostAsync("/account/sign-in", body);
    await response.Content.ReadAsByteArrayAsync();
    return watch.Elapsed.TotalMilliseconds;
}

static async Task WaitUntilReadyAsync(Uri baseAddress, Process portal)
{
    using var client = new HttpClient { BaseAddress = baseAddress };
    var deadline = DateTime.UtcNow.AddMinutes(2);
    while (DateTime.UtcNow < deadline)
    {
        if (portal.HasExited)
        {
            throw new InvalidOperationException("The portal exited before it was ready.");
        }

        try
        {
            using var ready = await client.GetAsync("/health/ready");
            if (ready.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // not listening yet
        }

        await Task.Delay(100);
    }

    throw new TimeoutException("The portal was not ready within two minutes.");
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
