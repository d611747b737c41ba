using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.AuditLog;
using SecurityPortal.Web.Features.Audits;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Features.Dashboard;
using SecurityPortal.Web.Features.Exports;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Infrastructure.Demo;
using SecurityPortal.Web.Infrastructure.Mail;
using SecurityPortal.Web.Infrastructure.Settings;
using SecurityPortal.Web.Layout;

namespace SecurityPortal.Web.Infrastructure;

/// <summary>What every area shares, then each area's own registration (<c>AddModels()</c>, <c>AddIncidents()</c>, …).</summary>
public static class FeatureRegistration
{
    public static void AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings<DemoOptions>(configuration, DemoOptions.Section);
        services.AddSingleton<DemoPassword>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<UserPreferences>();
        services.AddSingleton<SecurityPortal.Web.Shared.ClockTicks>();
        services.AddScoped<SecurityPortal.Web.Security.AccessGuard>();
        services.AddScoped<SecurityPortal.Web.Features.Account.AccountSecurity>();
        services.AddScoped<SecurityPortal.Web.Features.Account.PasswordChange>();
        services.AddScoped<DashboardSummary>();
        services.AddScoped<DashboardTrends>();

        services.AddModels();
        services.AddIncidents(configuration);
        services.AddControls(configuration);
        services.AddAssessments(configuration);
        services.AddAudits(configuration);
        services.AddTraining(configuration);
        services.AddExports(configuration);
        services.AddPortalMail(configuration);
        services.AddAuditLog();
        services.AddAdmin();
    }
}
