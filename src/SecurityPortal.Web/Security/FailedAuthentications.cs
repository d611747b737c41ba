using System.Globalization;
using System.Threading.RateLimiting;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Failed API authentications per client address. Every presented key has its own request budget, so
/// without this an attacker trying one new key per request would never be slowed down; once an address
/// has used up its failures for the minute, its API calls answer 429 until the window ends.
/// </summary>
public sealed class FailedAuthentications(RateLimitOptions limits) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.FailedAuthenticationsPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Record(string address)
    {
        using var _ = _failures.AttemptAcquire(address);
    }

    public bool IsExhausted(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits == 0;

    public void Dispose() => _failures.Dispose();
}

/// <summary>Refuses API calls from an address that has run out of failed authentications (see <see cref="FailedAuthentications"/>).</summary>
public sealed class FailedAuthenticationLimit(RequestDelegate next, FailedAuthentications failures)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || !failures.IsExhausted(RateLimits.ClientAddress(context)))
        {
            await next(context);
            return;
        }

        var seconds = (int)FailedAuthentications.Window.TotalSeconds;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many failed authentications",
                detail: $"Too many requests from this address presented an invalid API key; try again in {seconds} seconds.")
            .ExecuteAsync(context);
    }
}
