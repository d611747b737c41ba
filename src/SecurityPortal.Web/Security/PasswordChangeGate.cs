using Microsoft.AspNetCore.Authorization;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Someone signed in with a one-time password an administrator handed over reaches nothing but the page
/// that replaces it (and sign-out): pages redirect there, everything else (the API, the Blazor hub, page
/// posts) is refused. The check reads a claim, so it costs nothing for everyone else.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(c => c.Type == PortalClaims.MustChangePassword) || IsOpen(context))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api"))
        {
            var back = LocalReturnUrl.Or(context.Request.PathBase + context.Request.Path + context.Request.QueryString, "/");
            context.Response.Redirect($"{SecurityRegistration.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(back)}");
            return Task.CompletedTask;
        }

        // A bare 403: re-executing a refused post as the people-facing status page would only fail again.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool IsOpen(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(SecurityRegistration.ChangePasswordPath) || path.StartsWithSegments(SecurityRegistration.SignOutPath))
        {
            return true;
        }

        // The hub would open live pages without any further request to stop at.
        if (path.StartsWithSegments("/_blazor"))
        {
            return false;
        }

        // Assets, health and the sign-in pages carry no data and are open to anyone anyway.
        return context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
    }
}
