using Scalar.AspNetCore;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Api;

/// <summary>
/// The rendered API reference at <c>/api/reference</c>, for anyone signed in. Scalar's script is served by the
/// application itself; the page that starts it is ours and carries no inline script, so the portal's
/// <c>script-src 'self'</c> holds here too (Scalar's own page starts itself with an inline script).
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    /// <summary>Where Scalar's own endpoints live; only its script is used from there.</summary>
    private const string ScalarPrefix = Path + "/scalar";

    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>API reference · SecurityPortal</title>
        </head>
        <body>
          <div id="portal-api-reference" data-openapi="/openapi/v1.json"></div>
          <script src="/api/reference/scalar/scalar.js"></script>
          <script src="/js/api-reference.js"></script>
        </body>
        </html>
        """;

    public static void MapApiReference(this WebApplication app)
    {
        app.MapGet(Path, () => Results.Content(Page, "text/html; charset=utf-8"))
            .RequireAuthorization(PortalPolicies.SignedIn)
            .ExcludeFromDescription();
        app.MapScalarApiReference(ScalarPrefix, options => options.WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .RequireAuthorization(PortalPolicies.SignedIn);
    }
}
