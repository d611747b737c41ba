using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>The Admin area: people, teams, API keys, the audit-chain check and its job, demo people. Registered here, beside the area, so a new area adds its own file instead of editing a shared list.</summary>
public static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<IDemoDataContributor, AdminDemoData>();
        services.AddScoped<AuditChainVerification>();
        services.AddScoped<RecurringJobsOverview>();
        services.AddScoped<AuditChainVerificationJob>();
        services.AddScoped<ApiKeyAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<TeamAdministration>();
        return services;
    }
}
