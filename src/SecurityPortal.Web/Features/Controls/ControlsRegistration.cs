using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Features.Controls.Evidence;
using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>The Controls area: the catalogue and its framework coverage, each model's control statuses and evidence.</summary>
public static class ControlsRegistration
{
    public static IServiceCollection AddControls(this IServiceCollection services, IConfiguration configuration)
    {
        var evidence = services.AddPortalSettings<EvidenceOptions>(configuration, EvidenceOptions.Section);
        services.AddScoped<ControlCatalogueView>();
        services.AddScoped<ModelControls>();
        services.AddScoped<DatabaseEvidenceFileStore>();
        services.AddScoped<IEvidenceFileStore>(provider =>
        {
            var database = provider.GetRequiredService<DatabaseSettings>();
            var inDatabase = evidence.Store is null or ""
                ? database.Provider == DatabaseProvider.SqlServer
                : evidence.Store == "Database";
            if (inDatabase)
            {
                return provider.GetRequiredService<DatabaseEvidenceFileStore>();
            }

            var contentRoot = provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            var folder = Path.IsPathRooted(evidence.Folder) ? evidence.Folder : Path.Combine(contentRoot, evidence.Folder);
            return new FolderEvidenceFileStore(folder, provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
