using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Infrastructure.Database;

/// <summary>
/// Brings the database up to date before the web server or job server starts, then seeds demo data.
/// SQLite (embedded) migrates itself; SQL Server only with <c>--migrate</c>, otherwise a schema that is
/// behind stops the portal with instructions, because production schema changes are deliberate.
/// </summary>
public sealed class DatabaseStartup(
    IServiceProvider services,
    DatabaseSettings settings,
    IConfiguration configuration,
    ILogger<DatabaseStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await BringSchemaUpToDateAsync(db, cancellationToken);
            await Features.Admin.AuditAnchoring.AnchorIfNeverAnchoredAsync(
                db,
                scope.ServiceProvider.GetRequiredService<Security.AuditAnchorKey>(),
                scope.ServiceProvider.GetRequiredService<TimeProvider>(),
                logger,
                cancellationToken);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    private async Task BringSchemaUpToDateAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while one writer commits; the setting lives in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        if (pending.Count == 0)
        {
            return;
        }

        var migrateAtStart = settings.Provider == DatabaseProvider.Sqlite
            || configuration.GetValue("Database:MigrateAtStart", false);
        if (!migrateAtStart)
        {
            throw new PortalConfigurationException(
                $"The SQL Server schema is {pending.Count} migration(s) behind ({string.Join(", ", pending)}). " +
                "Apply database/sqlserver/deploy.sql, or start once with --migrate.");
        }

        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
