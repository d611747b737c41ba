using SecurityPortal.Integration.Tests.Infrastructure;

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
        { "Security:Proxy:Enabled", "true", "Security:Proxy:KnownProxies: name at least one proxy address or network" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ThePortalRefusesToStartWithTheKeyAndTheReason(string key, string value, string expected)
    {
        var (exitCode, lines) = await PortalProcess.RunUntilExitAsync(new Dictionary<string, string> { [key] = value });

        Assert.NotEqual(0, exitCode);
        var reason = Assert.Single(lines, l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }
}
