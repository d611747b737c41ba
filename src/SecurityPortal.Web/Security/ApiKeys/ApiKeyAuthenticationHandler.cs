using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Security.ApiKeys;

/// <summary>
/// Authenticates machine clients by the <c>X-Api-Key</c> header. Failures answer RFC 9457 problem
/// details; a key's state (revoked, expired) is only disclosed to a caller who presented its secret.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    FailedAuthentications failures) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ScopeClaim = "scope";

    private string _failure = "Send an API key in the X-Api-Key header.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (presented.Length > 200)
        {
            return Fail("The API key is not valid.");
        }

        var hash = ApiKeySecret.Hash(presented.Trim());
        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.SecretHash == hash, Context.RequestAborted);
        if (key is null)
        {
            return Fail("The API key is not valid.");
        }

        var now = clock.GetUtcNow();
        switch (key.StateAt(now))
        {
            case ApiKeyState.Revoked:
                return Fail($"The API key '{key.Name}' has been revoked.");
            case ApiKeyState.Expired:
                return Fail($"The API key '{key.Name}' expired on {key.ExpiresAt:yyyy-MM-dd}.");
        }

        var name = $"apikey:{key.Name}";
        actor.SetSystem(name, Context.TraceIdentifier);
        if (key.ShouldRecordUseAt(now))
        {
            key.LastUsedAt = now;
            try
            {
                await db.SaveChangesAsync(Context.RequestAborted);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another request with this key recorded its use a moment ago: that record stands, and
                // recording use must never fail the request itself.
            }
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, name),
        };
        claims.AddRange(key.ScopeList.Select(scope => new Claim(ScopeClaim, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private AuthenticateResult Fail(string reason)
    {
        _failure = reason;
        failures.Record(RateLimits.ClientAddress(Context));
        return AuthenticateResult.Fail(reason);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = SchemeName;
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Authentication required", _failure);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Not allowed", "The API key does not have the scope this request needs.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
    }
}
