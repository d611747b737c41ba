using Microsoft.AspNetCore.Authorization;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security.ApiKeys;

namespace SecurityPortal.Web.Security;

/// <summary>One policy per API scope: an authenticated API client whose key carries that scope (or admin).</summary>
public static class ApiPolicies
{
    public const string Prefix = "api:";

    public static string For(string scope) => Prefix + scope;

    public static void Register(AuthorizationOptions options)
    {
        foreach (var scope in ApiScopes.All)
        {
            options.AddPolicy(For(scope), policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope, ApiScopes.Admin));
        }

        options.AddPolicy(AnyClient, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());
    }

    /// <summary>Any authenticated API client, whatever its scopes.</summary>
    public const string AnyClient = Prefix + "client";
}
