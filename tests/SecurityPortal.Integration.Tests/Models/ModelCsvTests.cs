using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Models;

/// <summary>Filters, CSV export and CSV import of the inventory, through the API and the download address.</summary>
public sealed class ModelCsvTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "key,name,owner_team,risk_tier,data_classification,purpose,tags";

    private HttpClient Api()
    {
        var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return client;
    }

    private static StringContent CsvBody(params string[] lines) => new(string.Join("\n", lines), Encoding.UTF8, "text/csv");

    private Task<long> AuditCountAsync() => factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

    [Fact]
    public async Task TeamAndEnvironmentFiltersNarrowTheList()
    {
        using var api = Api();

        var fraud = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?ownerTeam=Fraud%20Analytics&pageSize=200");
        var inProduction = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?environment=Production&pageSize=200");
        var all = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?pageSize=200");
        using var badFilter = await api.GetAsync("/api/v1/models?environment=Moon&riskTier=Extreme");

        var fraudItems = fraud.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(fraudItems);
        Assert.All(fraudItems, m => Assert.Equal("Fraud Analytics", m.GetProperty("ownerTeam").GetString()));
        Assert.InRange(inProduction.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
        foreach (var model in inProduction.GetProperty("items").EnumerateArray())
        {
            using var current = await api.GetAsync($"/api/v1/models/{model.GetProperty("key").GetString()}/deployments/Production");
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        var errors = (await badFilter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("environment", out _));
        Assert.True(errors.TryGetProperty("riskTier", out _));
    }

    [Fact]
    public async Task TheExportHoldsExactlyTheFilteredModels()
    {
        using var api = Api();
        var highRisk = await api.GetFromJsonAsync<JsonElement>("/api/v1/models?riskTier=HighRisk&pageSize=200");

        using var export = await api.GetAsync("/api/v1/models/export?riskTier=HighRisk&sortBy=Key");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var lines = (await export.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        var keys = lines.Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(highRisk.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("key").GetString()).Order(StringComparer.Ordinal), keys);
        Assert.All(lines.Skip(1), l => Assert.Contains(",HighRisk,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PeopleDownloadTheExportWithTheirSignInAndStaffCannot()
    {
        using var officer = await SignedInClient.SignInAsync(factory, "officer@demo.local");
        using var staff = await SignedInClient.SignInAsync(factory, "staff@demo.local");

        using var allowed = await officer.GetAsync("/models/export.csv?environment=Production");
        using var refused = await staff.GetAsync("/models/export.csv");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.StartsWith(Header, (await allowed.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreviewWritesNothingAndReportsEveryRow()
    {
        using var api = Api();
        // The key's first use of the day is recorded (an audit entry of its own); it must not count as the preview's.
        using (await api.GetAsync("/api/v1/me"))
        {
        }

        var before = await AuditCountAsync();

        using var response = await api.PostAsync("/api/v1/models/import?dryRun=true", CsvBody(
            Header,
            "preview-ok,Preview model,Fraud Analytics,Limited,Internal,,",
            "Bad Key,Preview model,Fraud Analytics,Limited,Internal,,",
            "preview-ok,Duplicate,Nobody,Extreme,Internal,,"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["Create", "Error", "Error"], rows.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(3, rows[1].GetProperty("line").GetInt32());
        var third = rows[2].GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(third, e => e.Contains("already on line 2", StringComparison.Ordinal));
        Assert.Contains(third, e => e.Contains("No active team 'Nobody'", StringComparison.Ordinal));
        Assert.Contains(third, e => e.StartsWith("riskTier:", StringComparison.Ordinal));
        Assert.Equal(before, await AuditCountAsync());
        Assert.False(await factory.WithDbAsync(db => db.Models.AnyAsync(m => m.Key == "preview-ok")));
    }

    [Fact]
    public async Task OneBadRowStopsTheWholeImportUnlessTheCallerSkipsIt()
    {
        using var api = Api();
        var before = await AuditCountAsync();
        string[] lines =
        [
            Header,
            "import-one,Import one,Fraud Analytics,Limited,Internal,First,a b",
            "import-two,Import two,Data Science Lab,HighRisk,Restricted,\"Second, with a comma\",",
            "import-bad,Import bad,Fraud Analytics,Limited,Secret,,",
        ];

        using var allOrNothing = await api.PostAsync("/api/v1/models/import", CsvBody(lines));
        var afterRefusal = await AuditCountAsync();
        using var skipping = await api.PostAsync("/api/v1/models/import?skipRowsWithErrors=true", CsvBody(lines));

        Assert.Equal(HttpStatusCode.BadRequest, allOrNothing.StatusCode);
        var errors = (await allOrNothing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("line 4", out _));
        Assert.Equal(before, afterRefusal);
        Assert.Equal(HttpStatusCode.OK, skipping.StatusCode);
        var result = await skipping.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(1, result.GetProperty("skipped").GetInt32());
        var two = await api.GetFromJsonAsync<JsonElement>("/api/v1/models/import-two");
        Assert.Equal("Second, with a comma", two.GetProperty("purpose").GetString());
        Assert.False(await factory.WithDbAsync(db => db.Models.AnyAsync(m => m.Key == "import-bad")));
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == "AiModel.Created" && e.Sequence > afterRefusal)));
    }

    [Fact]
    public async Task AnExportImportsBackWithNothingToChange()
    {
        using var api = Api();
        using var export = await api.GetAsync("/api/v1/models/export?ownerTeam=Customer%20Experience");
        var csv = await export.Content.ReadAsStringAsync();

        using var preview = await api.PostAsync("/api/v1/models/import?dryRun=true", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var rows = (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Unchanged", r.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task AHeaderlessFileIsRefusedAsAWhole()
    {
        using var api = Api();

        using var response = await api.PostAsync("/api/v1/models/import", CsvBody("fraud-scorer,Fraud"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("missing", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }
}
