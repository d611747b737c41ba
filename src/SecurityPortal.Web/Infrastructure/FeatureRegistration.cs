using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Dashboard;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Infrastructure.Demo;
using SecurityPortal.Web.Layout;

namespace SecurityPortal.Web.Infrastructure;

/// <summary>The services each area's pages, endpoints and jobs call; one block per area.</summary>
public static class FeatureRegistration
{
    public static void AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DemoPassword>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<UserPreferences>();
        services.AddSingleton<SecurityPortal.Web.Shared.ClockTicks>();
        services.AddScoped<SecurityPortal.Web.Security.AccessGuard>();

        // Account
        services.AddScoped<SecurityPortal.Web.Features.Account.AccountSecurity>();

        // Models
        services.AddOptions<SecurityPortal.Web.Features.Models.ModelOptions>().BindConfiguration(SecurityPortal.Web.Features.Models.ModelOptions.Section);
        services.AddScoped<SecurityPortal.Web.Features.Models.ModelInventory>();
        services.AddScoped<SecurityPortal.Web.Features.Models.ModelVersions>();
        services.AddScoped<SecurityPortal.Web.Features.Models.ModelDeployments>();
        services.AddScoped<SecurityPortal.Web.Features.Models.ModelImport>();
        services.AddScoped<SecurityPortal.Web.Features.Models.InventoryOverview>();
        services.AddScoped<IDemoDataContributor, SecurityPortal.Web.Features.Models.ModelsDemoData>();

        // Incidents
        services.AddSingleton(IncidentSettings.ReadSlaPolicy(configuration));
        services.AddSingleton<IIncidentEvents, InProcessIncidentEvents>();
        services.AddScoped<IncidentDesk>();
        services.AddScoped<IncidentBoard>();
        services.AddScoped<IncidentEscalationJob>();
        services.AddScoped<IDemoDataContributor, IncidentsDemoData>();
        services.AddScoped<SecurityPortal.Web.Features.Notifications.NotificationInbox>();

        // Dashboard
        services.AddScoped<DashboardSummary>();

        // Admin
        services.AddScoped<IDemoDataContributor, AdminDemoData>();
        services.AddScoped<AuditChainVerification>();
        services.AddScoped<AuditChainVerificationJob>();
        services.AddScoped<ApiKeyAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<TeamAdministration>();
    }
}
