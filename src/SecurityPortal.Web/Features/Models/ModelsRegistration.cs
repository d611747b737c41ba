using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Models;

/// <summary>The Models area: inventory, versions, deployments, import, the overview the dashboard reads, demo models. Registered here, beside the area, so a new area adds its own file instead of editing a shared list.</summary>
public static class ModelsRegistration
{
    public static IServiceCollection AddModels(this IServiceCollection services)
    {
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.Section);
        services.AddScoped<ModelInventory>();
        services.AddScoped<ModelVersions>();
        services.AddScoped<ModelDeployments>();
        services.AddScoped<ModelImport>();
        services.AddScoped<InventoryOverview>();
        services.AddScoped<IDemoDataContributor, ModelsDemoData>();
        return services;
    }
}
