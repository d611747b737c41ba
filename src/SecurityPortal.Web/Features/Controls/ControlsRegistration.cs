namespace SecurityPortal.Web.Features.Controls;

/// <summary>The Controls area: the catalogue and its framework coverage.</summary>
public static class ControlsRegistration
{
    public static IServiceCollection AddControls(this IServiceCollection services)
    {
        services.AddScoped<ControlCatalogueView>();
        return services;
    }
}
