using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Infrastructure.Database;

namespace SecurityPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire on SQLite in the embedded mode and on the portal's SQL Server in production, where it
/// spreads jobs across every web node that shares the database.
/// </summary>
public static class JobsRegistration
{
    public static void AddPortalJobs(this WebApplicationBuilder builder, DatabaseSettings database)
    {
        var configuration = builder.Configuration;
        var pollInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:PollIntervalSeconds", 2));
        builder.Services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                hangfire.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                {
                    SchemaName = "jobs",
                    QueuePollInterval = pollInterval,
                    PrepareSchemaIfNecessary = true,
                });
            }
            else
            {
                // The default poll is 15 s, which makes "run now" feel broken.
                hangfire.UseSQLiteStorage(
                    DatabaseConfiguration.JobsSqliteFile(configuration, builder.Environment.ContentRootPath),
                    new SQLiteStorageOptions { QueuePollInterval = pollInterval });
            }
        });

        if (configuration.GetValue("Jobs:RunServer", true))
        {
            builder.Services.AddHangfireServer(server =>
            {
                server.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount));
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            builder.Services.AddHostedService<RecurringJobsRegistrar>();
        }
    }
}
