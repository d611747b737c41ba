using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.AuditLog;

/// <summary>The audit-log viewer, its CSV and the integrity alarm; the chain check itself lives with Admin.</summary>
public static class AuditLogRegistration
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddScoped<AuditLogBrowser>();
        services.AddScoped<AuditChainAlarms>();
        return services;
    }

    /// <summary>The CSV behind the viewer's Export button (cookie sign-in, the viewer's filters in the address).</summary>
    public static void MapAuditLogDownloads(this WebApplication app)
    {
        app.MapGet("/audit-log.csv", async (string? actor, string? entityType, string? entityId, string? action, string? from, string? to, AuditLogBrowser browser, TimeProvider clock, CancellationToken ct) =>
            {
                var csv = await browser.CsvAsync(AuditLogBrowser.Parse(actor, entityType, entityId, action, from, to), ct);
                var name = $"audit-log-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
                return Api.CsvDownload.File(csv, name);
            })
            .RequireAuthorization(PortalPolicies.ViewAuditLog)
            .AddEndpointFilter<Api.ApiErrors>();
    }
}
