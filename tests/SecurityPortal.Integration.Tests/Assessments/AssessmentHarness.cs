using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Assessments;

namespace SecurityPortal.Integration.Tests.Assessments;

/// <summary>Starting runs through the API and carrying them out with the job itself (the job server is off in tests).</summary>
internal static class AssessmentHarness
{
    public static HttpClient Api(PortalFactory factory)
    {
        var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return api;
    }

    /// <summary>POST /api/v1/assessments/runs, then the job the endpoint enqueued, run here; returns the finished run.</summary>
    public static async Task<JsonElement> RunAsync(PortalFactory factory, HttpClient api)
    {
        using var started = await api.PostAsync("/api/v1/assessments/runs", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ExecuteAsync(factory, id);
        return await api.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/runs/{id}");
    }

    public static async Task ExecuteAsync(PortalFactory factory, Guid runId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AssessmentJob>().ExecuteAsync(runId, CancellationToken.None);
    }

    public static Task<List<Finding>> FindingsAsync(PortalFactory factory, string modelKey) =>
        factory.WithDbAsync(db => db.Findings.AsNoTracking().Where(f => f.ModelKey == modelKey).ToListAsync());

    public static Task<int> CountAsync(PortalFactory factory) => factory.WithDbAsync(db => db.Findings.CountAsync());
}
