using Hangfire;
using SecurityPortal.Web.Api;
using SecurityPortal.Web.Features.Account;
using SecurityPortal.Web.Features.AuditLog;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Features.Exports;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Infrastructure.Health;
using SecurityPortal.Web.Infrastructure.Logging;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Infrastructure;

public static class Pipeline
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UsePortalProxy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UsePortalRequestLogging();
        app.UseMiddleware<ClientCancellation>();
        app.UseMiddleware<HubOriginCheck>();

        // Bodiless errors of pages show the friendly page; the API answers problem details instead.
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.Use(ApiErrors.WriteBodilessErrorsAsProblemsAsync);
        app.UseRateLimiter();
        app.UseMiddleware<FailedAuthenticationLimit>();
        app.UseAuthentication();

        // Before authorization, so even a refused request carries the caller's correlation id.
        app.UseMiddleware<CurrentActorMiddleware>();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Assets carry no data; the sign-in page needs them before anyone is signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapPortalHealthChecks();
        app.MapAccountEndpoints();
        app.MapOpenApi().RequireAuthorization(PortalPolicies.SignedIn);
        app.MapApiReference();
        app.MapPortalApi();
        app.MapModelsDownloads();
        app.MapTrainingDownloads();
        app.MapAuditLogDownloads();
        app.MapExportDownloads();
        app.MapEvidenceDownloads();

        // No dashboard filter: the endpoint's policy decides, and it admits administrators only.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AppPath = "/",
            DashboardTitle = "SecurityPortal jobs",
            DisplayStorageConnectionString = false,
        })
            .RequireAuthorization(PortalPolicies.Administration);

        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }
}
