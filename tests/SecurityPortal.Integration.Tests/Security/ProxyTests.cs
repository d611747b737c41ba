using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>
/// The Production pipeline behind a TLS-terminating proxy at 10.0.0.5: the proxy's connection is plain
/// HTTP, and only its forwarded headers say the browser used HTTPS and who the browser is.
/// </summary>
public sealed partial class ProxyTests(ProxyTests.ProxiedPortal portal) : IClassFixture<ProxyTests.ProxiedPortal>
{
    private const string PeerHeader = "X-Test-Peer";

    public sealed class ProxiedPortal : PortalFactory
    {
        public ProxiedPortal()
        {
            ExtraSettings["Security:Proxy:Enabled"] = "true";
            ExtraSettings["Security:Proxy:KnownProxies:0"] = "10.0.0.5";
            ExtraSettings["Security:RateLimits:SignInPerMinute"] = "3";
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ConnectionFromPeer>());
        }
    }

    /// <summary>What the network would say: the connection comes from the proxy (or from the test's chosen peer).</summary>
    private sealed class ConnectionFromPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                var peer = context.Request.Headers[PeerHeader].FirstOrDefault() ?? "10.0.0.5";
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                return following(context);
            });
            next(app);
        };
    }

    private static HttpRequestMessage ThroughProxy(HttpMethod method, string path, string client, string? cookies = null, string? peer = null)
    {
        var request = new HttpRequestMessage(method, path);

        // HSTS is never sent to localhost; the proxy forwards the portal's public name.
        request.Headers.Host = "portal.example.org";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", client);
        if (peer is not null)
        {
            request.Headers.Add(PeerHeader, peer);
        }

        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return request;
    }

    // The proxy speaks HTTP to the portal, so secure cookies are carried by hand as a browser would.
    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private HttpClient Client() =>
        portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string browser, string password)
    {
        using var form = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in", browser));
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups["token"].Value;
        var post = ThroughProxy(HttpMethod.Post, "/account/sign-in", browser, CookiesOf(form));
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "officer@demo.local",
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "sign-in",
        });
        return await client.SendAsync(post);
    }

    [Fact]
    public async Task SignInWorksThroughTheProxyWithSecureCookies()
    {
        using var client = Client();

        using var form = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in", "203.0.113.10"));
        using var signedIn = await SignInAsync(client, "203.0.113.10", PortalFactory.DemoPassword);
        using var home = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/", "203.0.113.10", CookiesOf(signedIn)));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.antiforgery", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(form.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.auth", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task SignInLimitsCountEachBrowserNotTheProxy()
    {
        using var client = Client();

        var first = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await SignInAsync(client, "198.51.100.20", "a-wrong-password");
            first.Add(response.StatusCode);
        }

        using var other = await SignInAsync(client, "198.51.100.21", "a-wrong-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnAddressThatIsNotAKnownProxyAreIgnored()
    {
        using var client = Client();

        using var fromProxy = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in", "203.0.113.30"));
        using var fromStranger = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/health/live", "203.0.113.30", peer: "192.0.2.99"));

        Assert.True(fromProxy.Headers.Contains("Strict-Transport-Security"));
        Assert.False(fromStranger.Headers.Contains("Strict-Transport-Security"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
