using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>The Incidents area: the desk, the board, the escalation job, the SLA policy, change events, notifications, demo incidents. Registered here, beside the area, so a new area adds its own file instead of editing a shared list.</summary>
public static class IncidentsRegistration
{
    public static IServiceCollection AddIncidents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(IncidentSettings.ReadSlaPolicy(configuration));
        services.AddSingleton<IIncidentEvents, InProcessIncidentEvents>();
        services.AddScoped<IncidentDesk>();
        services.AddScoped<IncidentBoard>();
        services.AddSingleton<IncidentMetricsCache>();
        services.AddScoped<IncidentEscalationJob>();
        services.AddScoped<IDemoDataContributor, IncidentsDemoData>();
        services.AddScoped<Notifications.NotificationInbox>();
        services.AddScoped<Notifications.NotificationChoices>();
        return services;
    }
}
