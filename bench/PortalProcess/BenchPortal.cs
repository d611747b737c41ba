using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SecurityPortal.Bench;

/// <summary>
/// A built web app started as its own process on a free loopback port, for benchmarks that measure it from
/// outside (over HTTP or through a browser). Compiled into each such benchmark; the portal's own data (SQLite
/// files, logs, the audit anchor key) goes to a temporary folder that is deleted with it.
/// </summary>
public sealed class BenchPortal : IAsyncDisposable
{
    public const string DemoPassword = "Bench-Passw0rd-2026!";

    private readonly Process _process;
    private readonly DirectoryInfo _data;

    private BenchPortal(Process process, DirectoryInfo data, Uri baseAddress)
    {
        _process = process;
        _data = data;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>CPU time the app's process has used so far (all threads).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The Release build of the portal with demo data, jobs off and sign-in limits out of the way.</summary>
    public static Task<BenchPortal> StartPortalAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "SecurityPortal.Web", "bin", "Release", "net10.0", "SecurityPortal.Web.dll");
        var portalSettings = new Dictionary<string, string>
        {
            ["Portal__Demo__Seed"] = "true",
            ["Portal__Demo__Password"] = DemoPassword,
            ["Security__RateLimits__SignInPerMinute"] = "1000000",
            ["Jobs__RunServer"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            portalSettings[key] = value;
        }

        return StartAsync(dll, Path.Combine(root, "src", "SecurityPortal.Web"), portalSettings);
    }

    /// <summary>Any built ASP.NET Core app (the portal, or the plain template a benchmark compares it with).</summary>
    public static async Task<BenchPortal> StartAsync(string dll, string contentRoot, IReadOnlyDictionary<string, string> settings)
    {
        var data = Directory.CreateTempSubdirectory("securityportal-bench-");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--contentRoot", contentRoot]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Development: over plain HTTP the portal's Production cookies (Secure, antiforgery) refuse to work.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__SqliteFile"] = Path.Combine(data.FullName, "portal.db");
        start.Environment["Database__JobsSqliteFile"] = Path.Combine(data.FullName, "jobs.db");
        start.Environment["Portal__Logs__Directory"] = Path.Combine(data.FullName, "logs");
        start.Environment["Portal__Evidence__Folder"] = Path.Combine(data.FullName, "evidence");
        start.Environment["Security__AuditLog__AnchorKeyFile"] = Path.Combine(data.FullName, "audit-anchor.key");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new BenchPortal(process, data, new Uri($"http://localhost:{port}"));
        try
        {
            await portal.WaitUntilReadyAsync();
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecurityPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _data.Delete(recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
