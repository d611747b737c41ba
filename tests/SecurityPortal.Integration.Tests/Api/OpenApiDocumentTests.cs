using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>Every <c>/api/v1</c> route the application maps, as (OpenAPI path, method, scopes its policies name).</summary>
    private List<(string Path, string Method, List<string> Scopes)> MappedApiRoutes() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).StartsWith("/api/v1/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (
                Path: Regex.Replace(e.RoutePattern.RawText!, @"\{([^}:?]+)[^}]*\}", "{$1}").TrimEnd('/'),
                Method: method.ToLowerInvariant(),
                Scopes: Web.Api.ApiDocumentation.Scopes(e.Metadata))))];

    [Fact]
    public async Task EveryMappedApiRouteIsDocumentedWithItsKeyItsScopeAndItsProblems()
    {
        using var client = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var routes = MappedApiRoutes();
        var missing = new List<string>();

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.True(routes.Count > 60, $"only {routes.Count} API routes found");
        foreach (var (path, method, scopes) in routes)
        {
            if (!root.GetProperty("paths").TryGetProperty(path, out var item) || !item.TryGetProperty(method, out var operation))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: not in the document");
                continue;
            }

            var security = operation.TryGetProperty("security", out var requirements)
                ? requirements.EnumerateArray().SelectMany(r => r.EnumerateObject()).ToList()
                : [];
            if (!security.Any(r => r.Name == "ApiKey" && scopes.All(scope => r.Value.EnumerateArray().Any(v => v.GetString() == scope))))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: no ApiKey requirement naming [{string.Join(", ", scopes)}]");
            }

            var responses = operation.GetProperty("responses");
            if (!responses.EnumerateObject().Any(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var body) && body.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _))))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: no success response with a schema");
            }

            string[] problems = method is "post" or "put" or "patch" ? ["400", "401", "403", "409", "429"] : ["401", "403", "429"];
            foreach (var status in problems.Concat(path.Contains('{', StringComparison.Ordinal) ? ["404"] : []))
            {
                if (!responses.TryGetProperty(status, out var response)
                    || !response.TryGetProperty("content", out var content)
                    || !content.TryGetProperty("application/problem+json", out _))
                {
                    missing.Add($"{method.ToUpperInvariant()} {path}: no {status} problem response");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.DoesNotContain(root.GetProperty("paths").EnumerateObject(), p => !p.Name.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApiReferenceIsServedFromThePortalWithoutInlineScript()
    {
        using var client = await SignedInClient.SignInAsync(factory, "staff@demo.local");
        using var anonymous = SignedInClient.Anonymous(factory);

        using var page = await client.GetAsync("/api/reference");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/api/reference/scalar/scalar.js");
        using var refused = await anonymous.GetAsync("/api/reference");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}
