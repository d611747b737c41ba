using System.Diagnostics;

namespace SecurityPortal.Integration.Tests.Startup;

/// <summary>Starts the real portal process in SQL Server mode against a port where nothing listens.</summary>
public sealed class SqlServerFailFastTests
{
    [Fact]
    public async Task UnreachableSqlServerStopsThePortalWithOneClearLine()
    {
        var workDirectory = Directory.CreateTempSubdirectory("securityportal-failfast");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SecurityPortal.Web.dll")])
        {
            WorkingDirectory = workDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__Provider"] = "SqlServer";
        start.Environment["ConnectionStrings__Portal"] = "Server=tcp:127.0.0.1,1;Database=SecurityPortal;User Id=portal;Password=unused;Encrypt=false";
        start.Environment["Database__StartupTimeoutSeconds"] = "5";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        var lines = ((await output) + (await errors)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        workDirectory.Delete(recursive: true);

        Assert.NotEqual(0, process.ExitCode);
        var reason = Assert.Single(lines, l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1,1", reason, StringComparison.Ordinal);
        Assert.Contains("unreachable", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
    }
}
