using SecurityPortal.Web.Features.Exports.Reports;
using SecurityPortal.Web.Infrastructure.Demo;
using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>The Exports area: requesting, generating and handing out report PDFs.</summary>
public static class ExportsRegistration
{
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings<ExportOptions>(configuration, ExportOptions.Section);
        services.AddPortalSettings<ExportSigningOptions>(configuration, ExportSigningOptions.Section);
        services.AddSingleton<ExportSigningCertificate>();
        services.AddScoped<IExportReport, AuditExport>();
        services.AddScoped<IExportReport, ModelDossierExport>();
        services.AddScoped<IExportReport, IncidentExport>();
        services.AddScoped<IExportReport, TrainingExport>();
        services.AddScoped<IExportReport, PortfolioExport>();
        services.AddScoped<ExportReports>();
        services.AddScoped<ExportVerification>();
        services.AddScoped<ExportDesk>();
        services.AddScoped<ExportSchedules>();
        services.AddScoped<IDemoDataContributor, ExportsDemoData>();
        services.AddScoped<ExportJob>();
        services.AddScoped<ExportHousekeepingJob>();
        return services;
    }
}
