using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Data;
using SecurityPortal.Data.Identity;
using SecurityPortal.Web.Infrastructure.Settings;
using SecurityPortal.Web.Security.ApiKeys;
using SecurityPortal.Web.Security.EntraId;

namespace SecurityPortal.Web.Security;

public static class SecurityRegistration
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string ChangePasswordPath = "/account/change-password";

    /// <summary>Sends <c>/api</c> requests to the API-key handler and everything else to the sign-in cookie.</summary>
    public const string PortalScheme = "Portal";

    public static void AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CurrentActor>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<CircuitHandler, CurrentActorCircuitHandler>();

        var secureCookies = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var mode = AuthenticationModes.Resolve(builder.Configuration);
        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = PortalScheme;
                options.DefaultChallengeScheme = PortalScheme;
            })
            // The API reference (/api/reference) is a page for people: only /api/v1 is the API.
            .AddPolicyScheme(PortalScheme, "Cookie for pages, API key or bearer token for the API", policy =>
                policy.ForwardDefaultSelector = context => !context.Request.Path.StartsWithSegments("/api/v1")
                    ? IdentityConstants.ApplicationScheme
                    : mode == AuthenticationModes.EntraId && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (mode == AuthenticationModes.EntraId)
        {
            builder.AddEntraIdAuthentication(authentication);
        }
        else
        {
            authentication.AddIdentityCookies();
        }

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.Cookie.Name = "portal.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secureCookies;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Signing in on the sign-in page follows its ReturnUrl itself: only local addresses, percent-encoded
            // (Kestrel refuses a non-ASCII Location header, which answered 500 after the password was checked).
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(LocalReturnUrl.Or(context.RedirectUri, "/"));
                return Task.CompletedTask;
            };
        });

        services.AddIdentityCore<PortalUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<PortalRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, TeamScopeHandler>();

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "portal.antiforgery";
            antiforgery.Cookie.SecurePolicy = secureCookies;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Keys in the database: every node and every restart decrypts the same cookies and tokens.
        // With a certificate configured the keys are stored encrypted (see DataProtectionCertificate).
        var protection = services.AddDataProtection()
            .SetApplicationName("SecurityPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        if (DataProtectionCertificate.Load(builder.Configuration) is { } certificate)
        {
            protection.ProtectKeysWithCertificate(certificate);
            // Rotation: keys written under the previous certificate stay readable until they expire.
            if (DataProtectionCertificate.LoadPrevious(builder.Configuration) is { } previous)
            {
                protection.UnprotectKeysWithAnyCertificate(certificate, previous);
            }
        }

        services.AddAuthorization(options =>
        {
            PortalPolicies.Register(options);
            ApiPolicies.Register(options, acceptBearerTokens: mode == AuthenticationModes.EntraId);
        });
        services.AddPortalRateLimits(builder.Configuration);
        services.AddPortalProxy(builder.Configuration);
        var auditKey = AuditAnchorKey.Load(
            services.AddPortalSettings<AuditLogOptions>(builder.Configuration, AuditLogOptions.Section),
            builder.Environment.ContentRootPath);
        services.AddSingleton(auditKey);
        services.AddSingleton<IAuditAnchorKey>(auditKey);
        services.AddPortalSettings<HubOriginOptions>(builder.Configuration, HubOriginOptions.Section);
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, PortalAuthenticationStateProvider>();

        // Every request re-checks the cookie's security stamp (one indexed read): signing out, a password
        // change or a deactivation renews the stamp, so a cookie captured before it is refused at once, on
        // every node. Open pages follow within a minute (PortalAuthenticationStateProvider).
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
    }
}
