using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Startup;

/// <summary>Starts the real portal process in SQL Server mode against a port where nothing listens.</summary>
public sealed class SqlServerFailFastTests
{
    [Fact]
    public async Task UnreachableSqlServerStopsThePortalWithOneClearLine()
    {
        var (exitCode, lines) = await PortalProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = "Server=tcp:127.0.0.1,1;Database=SecurityPortal;User Id=portal;Password=unused;Encrypt=false",
            ["Database:StartupTimeoutSeconds"] = "5",
        });

        Assert.NotEqual(0, exitCode);
        var reason = Assert.Single(lines, l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1,1", reason, StringComparison.Ordinal);
        Assert.Contains("unreachable", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
    }
}
