using SecurityPortal.Data;
using SecurityPortal.Data.Interceptors;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Web.Infrastructure.Database;

public static class DataRegistration
{
    /// <summary>
    /// One context per operation through the factory. The factory is scoped so its interceptors see the
    /// scope's acting user (a circuit, a request or a job run).
    /// </summary>
    public static void AddPortalData(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton(database);
        services.AddScoped<TimestampInterceptor>();
        services.AddScoped<ConcurrencyTokenInterceptor>();
        services.AddSingleton<SecurityPortal.Web.Features.Notifications.NotificationSignals>();
        services.AddSingleton<SecurityPortal.Core.Incidents.INotificationSignal>(sp => sp.GetRequiredService<SecurityPortal.Web.Features.Notifications.NotificationSignals>());
        services.AddSingleton<NotificationRoutingInterceptor>();
        services.AddScoped<AuditTrailInterceptor>();
        services.AddDbContextFactory<PortalDbContext>(
            (sp, options) => options
                .UsePortalDatabase(database)
                .AddInterceptors(
                    sp.GetRequiredService<TimestampInterceptor>(),
                    sp.GetRequiredService<ConcurrencyTokenInterceptor>(),
                    sp.GetRequiredService<NotificationRoutingInterceptor>(),
                    sp.GetRequiredService<AuditTrailInterceptor>()),
            ServiceLifetime.Scoped);
        services.AddHostedService<DatabaseStartup>();
    }
}
