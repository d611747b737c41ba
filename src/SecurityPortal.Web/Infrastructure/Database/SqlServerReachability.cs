using Microsoft.Data.SqlClient;

namespace SecurityPortal.Web.Infrastructure.Database;

/// <summary>
/// Fails fast, before anything else touches SQL Server, when the configured server does not answer:
/// one clear message instead of retries and a wall of stack traces from EF and Hangfire.
/// </summary>
public static class SqlServerReachability
{
    public static void Ensure(string connectionString, TimeSpan timeout)
    {
        var builder = new SqlConnectionStringBuilder(connectionString)
        {
            ConnectTimeout = Math.Max(1, (int)timeout.TotalSeconds),
            ConnectRetryCount = 0,
        };
        try
        {
            using var connection = new SqlConnection(builder.ConnectionString);
            connection.Open();
        }
        catch (SqlException ex)
        {
            throw new PortalConfigurationException(
                $"SQL Server '{builder.DataSource}' (database '{builder.InitialCatalog}') is unreachable: {FirstLine(ex.Message)} " +
                "Check ConnectionStrings:Portal, or set Database:Provider=Sqlite for the embedded mode.",
                ex);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
