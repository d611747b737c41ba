using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Api;

/// <summary>
/// The REST API under <c>/api/v1</c>. Every endpoint needs an API client (any key) at least; each
/// area's endpoints add the scope they need. Errors are problem details.
/// </summary>
public static class PortalApi
{
    public static void MapPortalApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiPolicies.AnyClient)
            .RequireRateLimiting(RateLimits.Api)
            .DisableAntiforgery();

        v1.MapGet("/me", (HttpContext http) => TypedResults.Ok(new ApiClientInfo(
                http.User.Identity!.Name!,
                http.User.FindAll(Security.ApiKeys.ApiKeyAuthenticationHandler.ScopeClaim).Select(c => c.Value).ToArray())))
            .WithName("WhoAmI")
            .WithSummary("The calling API client and its scopes.");

        v1.MapAdminApi();

        // Unknown API addresses answer problem details, not the people-facing not-found page.
        v1.MapFallback(() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such API resource."))
            .ExcludeFromDescription();
    }
}
