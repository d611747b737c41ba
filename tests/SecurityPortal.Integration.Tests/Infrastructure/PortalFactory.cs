using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SecurityPortal.Data;

namespace SecurityPortal.Integration.Tests.Infrastructure;

/// <summary>
/// The real portal on a real SQLite file in its own temporary folder, with demo data and a known password.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Integration-Test-Passw0rd!";
    public const string DemoApiKey = "spk_IntegrationTestDemoKeyWithEnoughEntropy01";

    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "securityportal-tests", Guid.NewGuid().ToString("N")))
    {
    }

    internal PortalFactory(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "portal.db");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public int SignInPerMinute { get; init; } = 10_000;

    /// <summary>More settings for this portal, applied after the defaults above.</summary>
    public Dictionary<string, string> ExtraSettings { get; init; } = [];

    /// <summary>Keep the data folder on dispose, to start a second portal on the same files.</summary>
    public bool KeepData { get; init; }

    /// <summary>Set before the host starts to run the Hangfire server (off by default: most tests do not need it).</summary>
    public bool RunJobServer { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqliteFile", DatabaseFile);
        builder.UseSetting("Database:JobsSqliteFile", Path.Combine(DataDirectory, "jobs.db"));
        builder.UseSetting("Portal:Logs:Directory", Path.Combine(DataDirectory, "logs"));
        builder.UseSetting("Security:AuditLog:AnchorKeyFile", Path.Combine(DataDirectory, "audit-anchor.key"));
        builder.UseSetting("Portal:Exports:Signing:GeneratedCertificateFile", Path.Combine(DataDirectory, "export-signing.pfx"));
        builder.UseSetting("Portal:Evidence:Folder", Path.Combine(DataDirectory, "evidence"));
        builder.UseSetting("Portal:Mail:PickupFolder", Path.Combine(DataDirectory, "mail"));
        builder.UseSetting("Portal:Demo:Seed", "true");
        builder.UseSetting("Portal:Demo:Password", DemoPassword);
        builder.UseSetting("Portal:Demo:ApiKey", DemoApiKey);
        builder.UseSetting("Jobs:RunServer", RunJobServer ? "true" : "false");
        // Every test client shares one address here; rate limits get their own tests.
        builder.UseSetting("Security:RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:RateLimits:ApiPerMinute", "10000");
        builder.UseSetting("Security:RateLimits:FailedAuthenticationsPerMinute", "10000");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private readonly SemaphoreSlim _reviewerGate = new(1, 1);
    private string? _reviewerKey;

    /// <summary>
    /// An API client other than the demo key, for approving what the demo key registered: nobody approves a
    /// version they registered themselves (separation of duties). Its key is issued on first use.
    /// </summary>
    public async Task<HttpClient> ReviewerApiAsync()
    {
        await _reviewerGate.WaitAsync();
        try
        {
            if (_reviewerKey is null)
            {
                await using var scope = Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem("tests@demo.local", "test");
                var keys = scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Features.Admin.ApiKeyAdministration>();
                var issued = await keys.IssueAsync(new SecurityPortal.Core.ApiKeys.ApiKeyRequest("release reviewer", [SecurityPortal.Core.ApiKeys.ApiScopes.Admin], null));
                _reviewerKey = issued.Secret;
            }
        }
        finally
        {
            _reviewerGate.Release();
        }

        var client = SignedInClient.Anonymous(this);
        client.DefaultRequestHeaders.Add("X-Api-Key", _reviewerKey);
        return client;
    }

    /// <summary>A context from the portal's own factory, with its interceptors, acting as <paramref name="actor"/>.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work, string actor = "tests@demo.local")
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem(actor, "test");
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await work(db);
    }

    public Task WithDbAsync(Func<PortalDbContext, Task> work, string actor = "tests@demo.local") =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        }, actor);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _reviewerGate.Dispose();
        }

        if (disposing && !KeepData)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing pool; the OS temp cleaner will take it.
            }
        }
    }
}
