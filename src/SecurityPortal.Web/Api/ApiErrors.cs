using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Web.Api;

/// <summary>
/// Turns the domain's typed exceptions into RFC 9457 problem details (400 with field errors, 403, 404, 409),
/// with the same message the UI shows.
/// </summary>
public sealed class ApiErrors : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationFailedException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors.ToDictionary(e => e.Key, e => e.Value), title: "The request has invalid fields.");
        }
        catch (NotAllowedException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: ex.Message);
        }
        catch (NotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
        catch (ConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: ex.Message);
        }
    }

    /// <summary>
    /// Errors raised before an endpoint runs (unreadable JSON, a body over the size limit) have no body;
    /// give them problem details too, and keep the people-facing status pages away from the API.
    /// </summary>
    public static async Task WriteBodilessErrorsAsProblemsAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next();
            return;
        }

        // A declared oversized body is refused before anything reads it; Kestrel enforces the same
        // limit on bodies without a declared length through the endpoint's size-limit metadata.
        if (context.Request.ContentLength > PortalApi.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await WriteProblemAsync(context);
            return;
        }

        var statusPages = context.Features.Get<IStatusCodePagesFeature>();
        if (statusPages is not null)
        {
            statusPages.Enabled = false;
        }

        await next();
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null)
        {
            await WriteProblemAsync(context);
        }
    }

    private static Task WriteProblemAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status413PayloadTooLarge => $"API requests are limited to {PortalApi.MaxRequestBytes / 1024} KB.",
            StatusCodes.Status400BadRequest => "The request could not be read; send JSON matching the documented shape.",
            _ => null,
        };
        return Results.Problem(
                statusCode: status,
                title: status == StatusCodes.Status413PayloadTooLarge ? "Request too large" : ReasonPhrases.GetReasonPhrase(status),
                detail: detail)
            .ExecuteAsync(context);
    }
}
