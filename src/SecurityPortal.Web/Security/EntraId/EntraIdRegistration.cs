using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Identity.Web;
using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Web.Security.EntraId;

/// <summary>
/// Entra ID mode: people sign in with OpenID Connect into the same application cookie as local
/// accounts use; machines may send Entra bearer tokens to the API besides API keys. Settings live in
/// the standard <c>AzureAd</c> section; the client secret comes from the environment, never a file.
/// </summary>
public static class EntraIdRegistration
{
    public static void AddEntraIdAuthentication(this WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var section = builder.Configuration.GetSection("AzureAd");
        if (string.IsNullOrWhiteSpace(section["ClientId"]) || string.IsNullOrWhiteSpace(section["TenantId"]))
        {
            throw new PortalConfigurationException("Authentication:Mode is EntraId but AzureAd:TenantId or AzureAd:ClientId is empty.");
        }

        builder.Services.AddSingleton(EntraRoleMap.FromConfiguration(builder.Configuration));
        authentication.AddMicrosoftIdentityWebApp(section, OpenIdConnectDefaults.AuthenticationScheme, IdentityConstants.ApplicationScheme);
        authentication.AddMicrosoftIdentityWebApi(section, JwtBearerDefaults.AuthenticationScheme);

        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, oidc =>
        {
            oidc.TokenValidationParameters.NameClaimType = "preferred_username";
            var validated = oidc.Events.OnTokenValidated;
            oidc.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                await EntraSignIn.OnTokenValidatedAsync(context);
            };
        });
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
        {
            var validated = bearer.Events.OnTokenValidated;
            bearer.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                await EntraSignIn.OnBearerTokenValidatedAsync(context);
            };
        });
    }
}
