using System.Globalization;
using System.Threading.RateLimiting;
using SecurityPortal.Web.Infrastructure.Settings;
using SecurityPortal.Web.Security.ApiKeys;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Rate limits: sign-in attempts per client address (lockout protects one account; this slows
/// password spraying across many) and API calls per key. Rejections answer 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Api = "api";

    public static void AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = services.AddPortalSettings<RateLimitOptions>(configuration, RateLimitOptions.Section);
        var signInPerMinute = limits.SignInPerMinute;
        var apiPerMinute = limits.ApiPerMinute;
        services.AddSingleton<FailedAuthentications>();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(SecurityRegistration.SignInPath)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => Window(signInPerMinute))
                    : RateLimitPartition.GetNoLimiter(string.Empty));

            limiter.AddPolicy(Api, context =>
            {
                var key = context.Request.Headers[ApiKeyAuthenticationHandler.HeaderName].FirstOrDefault();
                var partition = string.IsNullOrEmpty(key) ? ClientAddress(context) : "key:" + Core.ApiKeys.ApiKeySecret.Hash(key);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => Window(apiPerMinute));
            });

            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: $"Slow down: try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permitsPerMinute) => new()
    {
        PermitLimit = permitsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
