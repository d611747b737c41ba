using Serilog.Context;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-Id</c> or a new one), echoes it,
/// pushes it into the log context and records the request's user as the acting party.
/// </summary>
public sealed class CurrentActorMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context, CurrentActor actor)
    {
        var correlationId = context.Request.Headers[HeaderName].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(correlationId) || correlationId.Length > 64)
        {
            correlationId = context.TraceIdentifier;
        }

        context.TraceIdentifier = correlationId;
        context.Response.Headers[HeaderName] = correlationId;
        actor.SetUser(context.User, correlationId);
        using (LogContext.PushProperty("CorrelationId", correlationId))
        using (LogContext.PushProperty("User", actor.Name))
        {
            await next(context);
        }
    }
}
