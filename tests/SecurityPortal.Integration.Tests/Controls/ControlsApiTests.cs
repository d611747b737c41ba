using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Controls;

public sealed class ControlsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private HttpClient Api()
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task TheCatalogueNeedsAnApiClient()
    {
        using var anonymous = SignedInClient.Anonymous(factory);

        using var response = await anonymous.GetAsync("/api/v1/controls");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheWholeCatalogueListsEveryControlWithItsMappings()
    {
        using var api = Api();

        var controls = (await GetJsonAsync(api, "/api/v1/controls")).EnumerateArray().ToList();

        Assert.Equal(ControlCatalogue.All.Count, controls.Count);
        var first = controls[0];
        Assert.Equal("SP-01.1", first.GetProperty("code").GetString());
        Assert.Equal("SecureDevelopmentEnvironments", first.GetProperty("practice").GetString());
        Assert.NotEmpty(first.GetProperty("mappings").EnumerateArray());
        Assert.Contains(controls, c => c.GetProperty("check").GetString() == "Automatic" && c.GetProperty("ruleKey").GetString() == AssessmentRuleKey.NoAuthentication);
    }

    [Fact]
    public async Task FiltersNarrowByPracticeFrameworkAndText()
    {
        using var api = Api();

        var authentication = (await GetJsonAsync(api, "/api/v1/controls?practice=ApiAuthentication")).EnumerateArray().ToList();
        var euAiAct = (await GetJsonAsync(api, "/api/v1/controls?framework=euaiact")).EnumerateArray().ToList();
        var article73 = (await GetJsonAsync(api, "/api/v1/controls?search=Art.%2073")).EnumerateArray().ToList();

        Assert.NotEmpty(authentication);
        Assert.All(authentication, c => Assert.StartsWith("SP-03.", c.GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(euAiAct);
        Assert.All(euAiAct, c => Assert.Contains(c.GetProperty("mappings").EnumerateArray(), m => m.GetProperty("framework").GetString() == "EuAiAct"));
        Assert.True(euAiAct.Count < ControlCatalogue.All.Count);
        Assert.Contains(article73, c => c.GetProperty("mappings").EnumerateArray().Any(m => m.GetProperty("id").GetString() == "Art. 73"));
    }

    [Fact]
    public async Task AnUnknownPracticeOrFrameworkIsAFieldError()
    {
        using var api = Api();

        using var practice = await api.GetAsync("/api/v1/controls?practice=Firewalls");
        using var coverage = await api.GetAsync("/api/v1/controls/coverage/Cobit");

        Assert.Equal(HttpStatusCode.BadRequest, practice.StatusCode);
        Assert.Equal("application/problem+json", practice.Content.Headers.ContentType?.MediaType);
        var problem = await practice.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ApiAuthentication", problem.GetProperty("errors").GetProperty("practice")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, coverage.StatusCode);
    }

    [Fact]
    public async Task OneControlByCodeAndAnUnknownCodeIsNotFound()
    {
        using var api = Api();

        var control = await GetJsonAsync(api, "/api/v1/controls/sp-03.1");
        using var missing = await api.GetAsync("/api/v1/controls/SP-99.9");

        Assert.Equal("SP-03.1", control.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(control.GetProperty("objective").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task CoverageSplitsEveryItemOfTheFrameworkIntoCoveredAndNot()
    {
        using var api = Api();

        var coverage = await GetJsonAsync(api, "/api/v1/controls/coverage/NistAiRmf");

        Assert.Equal(72, coverage.GetProperty("items").GetInt32());
        var covered = coverage.GetProperty("covered").EnumerateArray().ToList();
        var uncovered = coverage.GetProperty("uncovered").EnumerateArray().ToList();
        Assert.Equal(72, covered.Count + uncovered.Count);
        Assert.Equal(covered.Count, coverage.GetProperty("coveredItems").GetInt32());
        var inventory = Assert.Single(covered, i => i.GetProperty("id").GetString() == "GOVERN 1.6");
        Assert.NotEmpty(inventory.GetProperty("controls").EnumerateArray());
        Assert.NotEmpty(uncovered);
    }

    [Fact]
    public async Task StaffCannotReadTheCatalogueEvenByCallingTheServiceDirectly()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff@demo.local"), new Claim(ClaimTypes.Role, PortalRoles.Staff)], "test");
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetUser(new ClaimsPrincipal(identity), "test");
        var catalogue = scope.ServiceProvider.GetRequiredService<ControlCatalogueView>();

        Assert.Throws<NotAllowedException>(() => catalogue.List(new ControlQuery()));
        Assert.Throws<NotAllowedException>(() => catalogue.Coverage(Framework.Iso42001));
    }
}
