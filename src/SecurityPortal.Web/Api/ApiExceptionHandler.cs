using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SecurityPortal.Web.Api;

/// <summary>
/// An unexpected failure under <c>/api</c> answers 500 problem details with the trace id, never the
/// people-facing error page: a pipeline parsing JSON should not receive HTML. The exception itself is
/// logged by the exception-handler middleware and stays out of the response.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By the time handlers run the request already points at the error page; the feature keeps the
        // address the caller asked for.
        var requested = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(requested).StartsWithSegments("/api"))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "The portal could not complete the request.",
            Detail = "The problem has been logged. If it keeps happening, give the traceId to your administrator.",
            Extensions = { ["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier },
        };
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }))
        {
            // The caller's Accept header ruled JSON out; problem details are still the API's only answer.
            await httpContext.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", cancellationToken);
        }

        return true;
    }
}
