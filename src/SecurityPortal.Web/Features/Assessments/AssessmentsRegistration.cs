using SecurityPortal.Web.Infrastructure.Demo;
using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>The Assessments area: runs and their job, findings, scores.</summary>
public static class AssessmentsRegistration
{
    public static IServiceCollection AddAssessments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings<AssessmentOptions>(configuration, AssessmentOptions.Section);
        services.AddSingleton<AssessmentRunHooks>();
        services.AddSingleton<AssessmentProgress>();
        services.AddScoped<AssessmentBatchReader>();
        services.AddScoped<AssessmentRuns>();
        services.AddScoped<AssessmentJob>();
        services.AddScoped<FindingBoard>();
        services.AddScoped<FindingDesk>();
        services.AddScoped<AssessmentScores>();
        services.AddScoped<IDemoDataContributor, AssessmentsDemoData>();
        return services;
    }
}
