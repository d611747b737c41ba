using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>The Exports area: requesting, generating and handing out report PDFs.</summary>
public static class ExportsRegistration
{
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings<ExportOptions>(configuration, ExportOptions.Section);
        services.AddScoped<ExportDesk>();
        services.AddScoped<ExportJob>();
        return services;
    }
}
