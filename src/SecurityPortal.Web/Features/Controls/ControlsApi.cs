using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Controls;

/// <summary>The control catalogue for integrators: any API client may read it (it holds no organisation data).</summary>
public static class ControlsApi
{
    public static void MapControlsApi(this RouteGroupBuilder v1)
    {
        var controls = v1.MapGroup("/controls");

        controls.MapGet("/", ([AsParameters] ControlListFilter filter, ControlCatalogueView catalogue) =>
                catalogue.List(ControlCatalogueView.Parse(filter)))
            .WithSummary("The control catalogue, filtered by practice, framework or text.")
            .RequireAuthorization(ApiPolicies.AnyClient);

        controls.MapGet("/coverage/{framework}", (string framework, ControlCatalogueView catalogue) =>
            {
                var errors = new FieldErrors();
                var parsed = errors.Enum<Framework>("framework", framework);
                errors.ThrowIfAny();
                return catalogue.Coverage(parsed);
            })
            .WithSummary("Which items of a framework the catalogue covers, and which none does.")
            .RequireAuthorization(ApiPolicies.AnyClient);

        controls.MapGet("/{code}", (string code, ControlCatalogueView catalogue) => catalogue.Get(code))
            .WithSummary("One control with its objective, guidance, scope and framework mappings.")
            .RequireAuthorization(ApiPolicies.AnyClient);
    }
}
