namespace SecurityPortal.Web.Security;

/// <summary>
/// The Blazor hub (<c>/_blazor</c>) carries a signed-in person's live pages. A browser always says which page
/// opened a WebSocket (<c>Origin</c>); another site's page must not open one with the person's cookie, so a
/// hub request from a foreign origin, or a WebSocket upgrade that names none, is refused with 403.
/// </summary>
public sealed class HubOriginCheck(RequestDelegate next, HubOriginOptions options)
{
    private readonly HashSet<string> _allowed = new(options.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/_blazor") || IsAllowed(context))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private bool IsAllowed(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            // Same-origin GETs of the long-polling fallback carry no Origin; WebSocket upgrades always do.
            return !context.WebSockets.IsWebSocketRequest;
        }

        var own = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || _allowed.Contains(origin);
    }
}
