using MudBlazor.Services;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Infrastructure;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Infrastructure.Health;
using SecurityPortal.Web.Infrastructure.Jobs;
using SecurityPortal.Web.Infrastructure.Logging;
using SecurityPortal.Web.Security;
using Serilog;

// A plain console logger for the few lines written before (or instead of) the host's own logger.
using var startupLog = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
try
{
    // --migrate: apply pending SQL Server migrations at start (SQLite always migrates itself).
    var builder = WebApplication.CreateBuilder(args.Where(a => a != "--migrate").ToArray());
    if (args.Contains("--migrate"))
    {
        builder.Configuration["Database:MigrateAtStart"] = "true";
    }

    var database = DatabaseConfiguration.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
    if (database.Provider == DatabaseProvider.SqlServer)
    {
        SqlServerReachability.Ensure(
            database.ConnectionString,
            TimeSpan.FromSeconds(builder.Configuration.GetValue("Database:StartupTimeoutSeconds", 15)));
    }

    builder.AddPortalLogging(database);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddPortalData(database);
    builder.AddPortalSecurity();
    builder.AddPortalJobs(database);
    builder.Services.AddPortalHealthChecks();
    builder.Services.AddPortalFeatures(builder.Configuration);
    builder.Services.AddOpenApi(SecurityPortal.Web.Api.ApiDocumentation.DocumentName, SecurityPortal.Web.Api.ApiDocumentation.Configure);

    // Responses carry Core enums; the API writes them as their names, as it always has.
    builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
    builder.Services.AddMudServices(options => SecurityPortal.Web.Shared.SnackbarMessages.Configure(options.SnackbarConfiguration));
    builder.Services.AddProblemDetails();
    builder.Services.AddExceptionHandler<SecurityPortal.Web.Api.ApiExceptionHandler>();
    builder.Services.AddRazorComponents().AddPortalCircuitLimits();

    var app = builder.Build();
    if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration[DataProtectionCertificate.PathKey]))
    {
        startupLog.Warning("Data Protection keys are stored unencrypted in the database; set {Setting} in production.", DataProtectionCertificate.PathKey);
    }

    // Several nodes share one SQL Server: each must seal audit anchors with the same key, which a key file
    // generated per node is not.
    if (database.Provider == DatabaseProvider.SqlServer && app.Services.GetRequiredService<AuditAnchorKey>() is { Generated: true } anchorKey)
    {
        startupLog.Warning(
            "Generated a new audit anchor key at {Path} in SQL Server mode: give every node the same key ({Setting}, or a shared key file), or the other nodes' anchors will not verify.",
            anchorKey.Source,
            $"{AuditLogOptions.Section}:AnchorKey");
    }

    app.UsePortalPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.Explain(ex) is { } reason)
{
    startupLog.Fatal("SecurityPortal cannot start: {Reason}", reason);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    startupLog.Fatal(ex, "SecurityPortal stopped unexpectedly");
    return 1;
}

/// <summary>The entry point, named so tests can host the portal.</summary>
public partial class Program;
