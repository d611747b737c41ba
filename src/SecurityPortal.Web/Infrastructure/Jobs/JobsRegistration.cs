using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Infrastructure.Settings;

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
        var jobs = builder.Services.AddPortalSettings<JobsOptions>(configuration, JobsOptions.Section);
        var pollInterval = TimeSpan.FromSeconds(jobs.PollIntervalSeconds);
        // Our own storage singleton: Hangfire's default registration hands out the process-wide
        // JobStorage.Current, which two hosts in one process (tests, tools) would share by accident.
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
            {
                SchemaName = "jobs",
                QueuePollInterval = pollInterval,
                PrepareSchemaIfNecessary = true,
            })
            // The default poll is 15 s, which makes "run now" feel broken.
            : new SQLiteStorage(
                DatabaseConfiguration.JobsSqliteFile(configuration, contentRoot),
                new SQLiteStorageOptions { QueuePollInterval = pollInterval }));
        builder.Services.AddHangfire((services, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>()));

        if (jobs.RunServer)
        {
            builder.Services.AddHangfireServer(server =>
            {
                server.WorkerCount = jobs.Workers;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            builder.Services.AddHostedService<RecurringJobsRegistrar>();
        }
    }
}
