using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Health;

public sealed class HealthEndpointTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task LiveAnswersWithoutSignIn()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReadyReportsDatabaseAndJobStorageHealthy()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("job-storage").GetString());
    }

    [Fact]
    public async Task EmbeddedModeCreatesTheSqliteFileInWalMode()
    {
        using var client = SignedInClient.Anonymous(factory);
        await client.GetAsync("/health/ready");

        var journalMode = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.True(File.Exists(factory.DatabaseFile));
        Assert.Equal("wal", journalMode);
    }
}
