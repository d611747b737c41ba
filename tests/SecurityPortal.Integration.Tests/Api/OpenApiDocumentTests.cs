using System.Net;
using System.Text.Json;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Api;

public sealed class OpenApiDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("admin@demo.local")]
    [InlineData("staff@demo.local")]
    public async Task SignedInPeopleGetAnOpenApi3DocumentOfTheApi(string email)
    {
        using var client = await SignedInClient.SignInAsync(factory, email);

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/models/{key}/versions", paths);
        Assert.Contains("/api/v1/incidents", paths);
        Assert.True(root.GetProperty("components").GetProperty("schemas").TryGetProperty("VersionResponse", out _));
    }

    [Fact]
    public async Task AnonymousVisitorsDoNotGetTheDocument()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
