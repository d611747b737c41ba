using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Training;

/// <summary>Runs a use case as a signed-in person (their e-mail and role), as the pages do, and calls the API with the demo key.</summary>
internal static class TrainingHarness
{
    public const string Lead = "lead@demo.local";
    public const string Staff = "staff@demo.local";

    public static async Task<T> AsAsync<T>(PortalFactory factory, string email, string role, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test");
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetUser(new ClaimsPrincipal(identity), "test");
        return await work(scope.ServiceProvider);
    }

    /// <summary>The same, for a use case that returns nothing.</summary>
    public static Task AsAsync(PortalFactory factory, string email, string role, Func<IServiceProvider, Task> work) =>
        AsAsync(factory, email, role, async services =>
        {
            await work(services);
            return true;
        });

    public static async Task<T> AsSystemAsync<T>(WebApplicationFactory<Program> factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", "test");
        return await work(scope.ServiceProvider);
    }

    public static async Task<T> DbAsync<T>(WebApplicationFactory<Program> factory, Func<SecurityPortal.Data.PortalDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", "test");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SecurityPortal.Data.PortalDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    public static HttpClient DemoApi(PortalFactory factory)
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }
}
