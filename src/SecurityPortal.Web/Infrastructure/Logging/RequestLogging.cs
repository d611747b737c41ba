using Serilog;

namespace SecurityPortal.Web.Infrastructure.Logging;

public static class RequestLogging
{
    /// <summary>One line per request with its user and correlation id; health probes stay quiet.</summary>
    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger, not the static one: the static logger is left alone (see LoggingRegistration).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("User", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "anonymous");
                diagnostics.Set("CorrelationId", http.TraceIdentifier);
            };
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
}
