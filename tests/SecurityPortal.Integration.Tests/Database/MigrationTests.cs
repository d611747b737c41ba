using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Integration.Tests.Database;

public sealed class MigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"securityportal-migrations-{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void TheModelHasNoChangesWithoutAMigration(DatabaseProvider provider)
    {
        using var db = ProviderContexts.Create(provider, provider == DatabaseProvider.Sqlite ? $"Data Source={_file}" : ProviderContexts.UnusedSqlServer);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes: add a migration to database/SecurityPortal.Migrations.{provider}.");
    }

    [Fact]
    public async Task AnEmptySqliteFileMigratesUpAndAllTheWayDown()
    {
        await using var db = ProviderContexts.Create(DatabaseProvider.Sqlite, $"Data Source={_file}");
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync();
        var tablesUp = await TablesAsync();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        await migrator.MigrateAsync(Migration.InitialDatabase);
        var tablesDown = await TablesAsync();

        Assert.Contains("AuditLog", tablesUp);
        Assert.Contains("Teams", tablesUp);
        Assert.Contains("AspNetUsers", tablesUp);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.DoesNotContain(tablesDown, t => !t.StartsWith("__EF", StringComparison.Ordinal));
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
