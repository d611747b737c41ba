using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Models;

namespace SecurityPortal.Integration.Tests.Api;

/// <summary>How the API fails when something goes wrong that no rule foresaw, as it would in production.</summary>
public sealed class ApiFailureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Fault = "inventory store unavailable: secret-connection-detail";

    /// <summary>The portal in the Production environment, with the models inventory broken underneath.</summary>
    private HttpClient BrokenProductionClient()
    {
        var broken = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.AddScoped<ModelInventory>(_ => throw new InvalidOperationException(Fault)));
        });
        return broken.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
    }

    private HttpClient BrokenProductionApi()
    {
        var client = BrokenProductionClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    [Fact]
    public async Task AnUnexpectedFailureAnswersProblemDetailsWithATraceIdAndNoInternals()
    {
        using var api = BrokenProductionApi();

        using var response = await api.GetAsync("/api/v1/models");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret-connection-detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task EvenACallerAskingForPlainTextGetsProblemDetails()
    {
        using var api = BrokenProductionApi();
        api.DefaultRequestHeaders.Accept.ParseAdd("text/plain");

        using var response = await api.GetAsync("/api/v1/models");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret-connection-detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableBodyInProductionAnswersABadRequestProblem()
    {
        using var api = BrokenProductionApi();

        using var response = await api.PostAsync("/api/v1/models/fraud-scorer/versions", new StringContent("{ \"version\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bad Request", problem.GetProperty("title").GetString());
        Assert.Contains("could not be read", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleStillGetTheFriendlyErrorPage()
    {
        using var browser = BrokenProductionClient();
        using var signedIn = await SignedInClient.PostSignInAsync(browser, "officer@demo.local", PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The CSV download for people uses the same broken inventory.
        using var response = await browser.GetAsync("/models/export.csv");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", page, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-connection-detail", page, StringComparison.Ordinal);
    }
}
