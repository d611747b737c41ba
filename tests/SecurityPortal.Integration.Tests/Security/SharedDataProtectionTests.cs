using System.Net;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

public sealed class SharedDataProtectionTests
{
    [Fact]
    public async Task ASignInCookieFromOneNodeIsAcceptedByAnotherSharingTheDatabase()
    {
        var directory = Path.Combine(Path.GetTempPath(), "securityportal-tests", Guid.NewGuid().ToString("N"));
        string cookie;
        int keys;
        using (var first = new PortalFactory(directory) { KeepData = true })
        {
            using var client = SignedInClient.Anonymous(first);
            using var signIn = await SignedInClient.PostSignInAsync(client, "officer@demo.local", PortalFactory.DemoPassword);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)).Split(';')[0];
            keys = await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync());
        }

        using var second = new PortalFactory(directory);
        using var other = SignedInClient.Anonymous(second);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var response = await other.SendAsync(request);

        Assert.True(keys > 0);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
