using System.Net;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>Another site's page cannot open the Blazor hub with a signed-in person's cookie.</summary>
public sealed class HubOriginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Negotiate = "/_blazor/negotiate?negotiateVersion=1";

    private static async Task<HttpStatusCode> NegotiateAsync(HttpClient client, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task TheHubAnswersThePortalsOwnPagesAndRefusesForeignOnes()
    {
        using var client = await SignedInClient.SignInAsync(factory, "officer@demo.local");

        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(client, "http://localhost"));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(client, "https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(client, "http://localhost.evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(client, "null"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://evil.example")]
    public async Task AWebSocketUpgradeFromAForeignOriginOrNoneIsRefused(string? origin)
    {
        var sockets = factory.Server.CreateWebSocketClient();
        sockets.ConfigureRequest = request =>
        {
            request.Headers.Remove("Origin");
            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => sockets.ConnectAsync(new Uri(factory.Server.BaseAddress, "/_blazor?id=x"), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }
}
