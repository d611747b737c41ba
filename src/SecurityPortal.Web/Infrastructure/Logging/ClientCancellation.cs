namespace SecurityPortal.Web.Infrastructure.Logging;

/// <summary>
/// A request the caller gave up on (closed the tab, timed out, cancelled) ends with an
/// <see cref="OperationCanceledException"/> from whatever was waiting for it. That is the caller's
/// choice, not a fault: one information line and status 499, no stack trace and no 500.
/// </summary>
public sealed class ClientCancellation(RequestDelegate next, ILogger<ClientCancellation> logger)
{
    /// <summary>nginx's "client closed request": not sent to anyone, recorded in the request log.</summary>
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("{Method} {Path} was cancelled by the client", context.Request.Method, context.Request.Path.Value);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    }
}
