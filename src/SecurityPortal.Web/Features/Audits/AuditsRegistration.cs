using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Infrastructure.Demo;
using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>The Audits area: plans and their schedule job, the audit workspace, the lists and the overdue rule's data.</summary>
public static class AuditsRegistration
{
    public static IServiceCollection AddAudits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings<AuditOptions>(configuration, AuditOptions.Section);
        services.AddScoped<AuditBoard>();
        services.AddScoped<AuditPlanning>();
        services.AddScoped<AuditDesk>();
        services.AddScoped<AuditScheduleJob>();
        services.AddScoped<IAssessmentRuleSource, AuditOverdueRuleSource>();
        services.AddScoped<IDemoDataContributor, AuditsDemoData>();
        return services;
    }
}
