using Microsoft.EntityFrameworkCore;

namespace SecurityPortal.Data.Setup;

/// <summary>
/// Points a context at its provider and at that provider's own migration set (EF keeps one set of
/// migrations per provider; the two assemblies live under <c>database/</c>).
/// </summary>
public static class PortalDatabase
{
    public const string SqliteMigrationsAssembly = "SecurityPortal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "SecurityPortal.Migrations.SqlServer";

    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder builder, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(
                settings.ConnectionString,
                sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(
                settings.ConnectionString,
                sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure(3)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
        };
}
