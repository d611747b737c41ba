using System.Diagnostics;

namespace SecurityPortal.Integration.Tests.Infrastructure;

/// <summary>The real portal as a process of its own, for what only a real start-up shows (exit code, the one line it logs).</summary>
public static class PortalProcess
{
    /// <summary>Starts the portal in a fresh folder with <paramref name="environment"/> and waits for it to stop by itself.</summary>
    public static async Task<(int ExitCode, string[] Lines)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var workDirectory = Directory.CreateTempSubdirectory("securityportal-process");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SecurityPortal.Web.dll")])
        {
            WorkingDirectory = workDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__SqliteFile"] = Path.Combine(workDirectory.FullName, "portal.db");
        start.Environment["Database__JobsSqliteFile"] = Path.Combine(workDirectory.FullName, "jobs.db");
        start.Environment["Portal__Logs__Directory"] = Path.Combine(workDirectory.FullName, "logs");
        start.Environment["Portal__Evidence__Folder"] = Path.Combine(workDirectory.FullName, "evidence");
        start.Environment["Portal__Mail__PickupFolder"] = Path.Combine(workDirectory.FullName, "mail");
        start.Environment["Security__AuditLog__AnchorKeyFile"] = Path.Combine(workDirectory.FullName, "audit-anchor.key");
        start.Environment["Portal__Exports__Signing__GeneratedCertificateFile"] = Path.Combine(workDirectory.FullName, "export-signing.pfx");
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var lines = ((await output) + (await errors)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        workDirectory.Delete(recursive: true);
        return (process.ExitCode, lines);
    }
}
