using System.Collections.ObjectModel;
using System.Data;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Infrastructure.Settings;
using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Sinks.MSSqlServer;
using Serilog.Sinks.MSSqlServer.Sinks.MSSqlServer.Options;

namespace SecurityPortal.Web.Infrastructure.Logging;

/// <summary>
/// Serilog: console plus a rolling compact-JSON file under <c>App_Data/logs</c>; in SQL Server mode
/// also the <c>PortalLog</c> table, so every node's logs sit beside the data.
/// </summary>
public static class LoggingRegistration
{
    public static void AddPortalLogging(this WebApplicationBuilder builder, DatabaseSettings database)
    {
        var configured = builder.Services.AddPortalSettings<LogOptions>(builder.Configuration, LogOptions.Section).Directory;
        var directory = Path.IsPathRooted(configured) ? configured : Path.Combine(builder.Environment.ContentRootPath, configured);

        // preserveStaticLogger: several hosts (tests) may share one process; each keeps its own logger.
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", "SecurityPortal")
                    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                    .WriteTo.File(
                        new CompactJsonFormatter(),
                        Path.Combine(directory, "portal-.clef"),
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: 14,
                        fileSizeLimitBytes: 50 * 1024 * 1024,
                        rollOnFileSizeLimit: true);
                if (database.Provider == DatabaseProvider.SqlServer)
                {
                    logger.WriteTo.MSSqlServer(
                        database.ConnectionString,
                        new SinkOptions { TableName = "PortalLog", AutoCreateSqlTable = true },
                        columnOptions: SqlColumns());
                }
            },
            preserveStaticLogger: true);
    }

    private static ColumnOptions SqlColumns()
    {
        var columns = new ColumnOptions
        {
            AdditionalColumns = new Collection<SqlColumn>
            {
                new("CorrelationId", SqlDbType.NVarChar, dataLength: 64),
                new("User", SqlDbType.NVarChar, dataLength: 256),
            },
        };
        columns.Store.Remove(StandardColumn.Properties);
        columns.Store.Add(StandardColumn.LogEvent);
        columns.TimeStamp.ConvertToUtc = true;
        return columns;
    }
}
