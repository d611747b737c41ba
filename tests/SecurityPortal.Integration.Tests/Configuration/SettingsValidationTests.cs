using System.Diagnostics;

namespace SecurityPortal.Integration.Tests.Configuration;

/// <summary>The real portal process, started with a setting it cannot use, stops with the key and the reason.</summary>
public sealed class SettingsValidationTests
{
    public static TheoryData<string, string, string> BadSettings() => new()
    {
        { "Security:RateLimits:ApiPerMinute", "-5", "Security:RateLimits:ApiPerMinute: must be between 1 and 1000000" },
        { "Security:RateLimits:SignInPerMinute", "lots", "Security:RateLimits" },
        { "Jobs:PollIntervalSeconds", "0", "Jobs:PollIntervalSeconds: must be between 1 and 60 seconds" },
        { "Portal:Demo:Password", "short", "Portal:Demo:Password: must have at least 12 characters" },
        { "Portal:Incidents:Sla:SEV2:Contain", "00:10:00", "Portal:Incidents:Sla" },
        { "Database:Provider", "Oracle", "Database:Provider 'Oracle' is not known" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ThePortalRefusesToStartWithTheKeyAndTheReason(string key, string value, string expected)
    {
        var workDirectory = Directory.CreateTempSubdirectory("securityportal-settings");
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
        start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

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

        Assert.NotEqual(0, process.ExitCode);
        var reason = Assert.Single(lines, l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }
}
