using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Security;

public static class ProxyRegistration
{
    public static void AddPortalProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = services.AddPortalSettings<ProxyOptions>(configuration, ProxyOptions.Section);
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Client address (rate limits, logs) and scheme (secure cookies, antiforgery). The host stays as
            // the proxy sent it: a forwarded host would let a caller choose the origin the portal trusts.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>First in the pipeline, so everything after it sees the client as the proxy saw it.</summary>
    public static void UsePortalProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ProxyOptions>().Enabled)
        {
            app.UseForwardedHeaders();
        }
    }
}
