using Microsoft.Data.Sqlite;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Web.Infrastructure.Database;

/// <summary>Reads <c>Database:*</c> and <c>ConnectionStrings:Portal</c> into resolved settings.</summary>
public static class DatabaseConfiguration
{
    public const string DefaultSqliteFile = "App_Data/portal.db";
    public const string DefaultJobsSqliteFile = "App_Data/jobs.db";

    public static DatabaseSettings Resolve(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new PortalConfigurationException(
                $"Database:Provider '{providerName}' is not known; use 'Sqlite' (default) or 'SqlServer'.");
        }

        if (provider == DatabaseProvider.SqlServer)
        {
            var connectionString = configuration.GetConnectionString("Portal");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new PortalConfigurationException(
                    "Database:Provider is SqlServer but ConnectionStrings:Portal is empty.");
            }

            return new DatabaseSettings(provider, connectionString);
        }

        var file = SqliteFilePath(configuration["Database:SqliteFile"] ?? DefaultSqliteFile, contentRoot);
        return new DatabaseSettings(provider, SqliteConnectionString(file));
    }

    /// <summary>The job-storage file of the embedded mode; kept apart from the portal's data file.</summary>
    public static string JobsSqliteFile(IConfiguration configuration, string contentRoot) =>
        SqliteFilePath(configuration["Database:JobsSqliteFile"] ?? DefaultJobsSqliteFile, contentRoot);

    public static string SqliteConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();

    private static string SqliteFilePath(string configured, string contentRoot)
    {
        var path = Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
