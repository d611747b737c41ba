using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Infrastructure.Demo;
using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Features.Training;

/// <summary>The Training area: courses, assignments and completions, the team view, the hourly job, the release gate and the overdue rule's data.</summary>
public static class TrainingRegistration
{
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings<TrainingOptions>(configuration, TrainingOptions.Section);
        services.AddScoped<CourseCatalogue>();
        services.AddScoped<TrainingDesk>();
        services.AddScoped<TrainingProgress>();
        services.AddScoped<TrainingGate>();
        services.AddScoped<TrainingJob>();
        services.AddScoped<IAssessmentRuleSource, TrainingOverdueRuleSource>();
        services.AddScoped<IDemoDataContributor, TrainingDemoData>();
        return services;
    }
}
