using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Web.Security.ApiKeys;

namespace SecurityPortal.Web.Security;

/// <summary>One policy per API scope: an authenticated API client whose key carries that scope (or admin).</summary>
public static class ApiPolicies
{
    public const string Prefix = "api:";

    public static string For(string scope) => Prefix + scope;

    /// <param name="options">The authorization options to add the policies to.</param>
    /// <param name="acceptBearerTokens">Entra ID mode: Entra bearer tokens count as API clients too.</param>
    public static void Register(AuthorizationOptions options, bool acceptBearerTokens)
    {
        string[] schemes = acceptBearerTokens
            ? [ApiKeyAuthenticationHandler.SchemeName, JwtBearerDefaults.AuthenticationScheme]
            : [ApiKeyAuthenticationHandler.SchemeName];
        foreach (var scope in ApiScopes.All)
        {
            options.AddPolicy(For(scope), policy => policy
                .AddAuthenticationSchemes(schemes)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope, ApiScopes.Admin));
        }

        options.AddPolicy(AnyClient, policy => policy
            .AddAuthenticationSchemes(schemes)
            .RequireAuthenticatedUser());
    }

    /// <summary>Any authenticated API client, whatever its scopes.</summary>
    public const string AnyClient = Prefix + "client";
}
