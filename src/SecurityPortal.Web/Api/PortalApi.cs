using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Audits;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Features.Exports;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Api;

/// <summary>
/// The REST API under <c>/api/v1</c>. Every endpoint needs an API client (any key) at least; each
/// area's endpoints add the scope they need. Errors are problem details.
/// </summary>
public static class PortalApi
{
    /// <summary>No API request needs more; larger bodies are refused before they are read.</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    public static void MapPortalApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiPolicies.AnyClient)
            .RequireRateLimiting(RateLimits.Api)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes))
            .AddEndpointFilter<ApiErrors>();

        v1.MapGet("/me", (HttpContext http) => TypedResults.Ok(new ApiClientInfo(
                http.User.Identity!.Name!,
                http.User.FindAll(Security.ApiKeys.ApiKeyAuthenticationHandler.ScopeClaim).Select(c => c.Value).ToArray())))
            .WithName("WhoAmI")
            .WithSummary("The calling API client and its scopes.");

        v1.MapAdminApi();
        v1.MapModelsApi();
        v1.MapIncidentsApi();
        v1.MapControlsApi();
        v1.MapModelControlsApi();
        v1.MapAssessmentsApi();
        v1.MapAuditsApi();
        v1.MapTrainingApi();
        v1.MapExportsApi();
        v1.MapExportSchedulesApi();

        // Unknown API addresses answer problem details, not the people-facing not-found page.
        v1.MapFallback(() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such API resource."))
            .ExcludeFromDescription();
    }
}
