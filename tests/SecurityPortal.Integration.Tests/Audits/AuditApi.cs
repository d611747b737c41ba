using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Audits;

/// <summary>The audit calls the tests share, through the public API with the demo key.</summary>
internal static class AuditApi
{
    public static HttpClient Client(PortalFactory factory)
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    public static async Task<JsonElement> CreatePlanAsync(HttpClient api, object plan)
    {
        using var created = await api.PostAsJsonAsync("/api/v1/audit-plans", plan);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<JsonElement>> AuditsAsync(HttpClient api, string query)
    {
        var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audits?pageSize=200&{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement> AnswerAsync(HttpClient api, Guid audit, string code, string result, string? note = null)
    {
        using var answered = await api.PutAsJsonAsync($"/api/v1/audits/{audit}/items/{code}", new { result, note });
        Assert.True(answered.IsSuccessStatusCode, await answered.Content.ReadAsStringAsync());
        return await answered.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> SignOffAsync(HttpClient api, Guid audit, string conclusion = "Controls operate as described; evidence on file.")
    {
        using var signed = await api.PostAsJsonAsync($"/api/v1/audits/{audit}/sign-off", new { conclusion });
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        return await signed.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    public static IEnumerable<JsonElement> Items(JsonElement audit) => audit.GetProperty("items").EnumerateArray();
}
