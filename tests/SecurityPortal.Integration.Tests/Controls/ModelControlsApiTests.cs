using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Controls;

/// <summary>A model's control statuses and evidence through the API, the people-facing download and the evidence store.</summary>
public sealed class ModelControlsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Model = "churn-forecast";
    private const string Control = "SP-01.1";

    private HttpClient Api()
    {
        var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        return api;
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string title)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        // The declared type is ignored; the portal looks at the bytes.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(title), "title");
        return form;
    }

    [Fact]
    public async Task EveryApplicableControlIsListedAndAStatusIsSetWithItsReview()
    {
        using var api = Api();
        var controls = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{Model}/controls");
        Assert.True(controls.GetArrayLength() >= 20);

        using var missingWhy = await api.PutAsJsonAsync($"/api/v1/models/{Model}/controls/{Control}", new { status = "NotApplicable" });
        Assert.Equal(HttpStatusCode.BadRequest, missingWhy.StatusCode);
        Assert.Contains("justification", await missingWhy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknownStatus = await api.PutAsJsonAsync($"/api/v1/models/{Model}/controls/{Control}", new { status = "Mostly" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.StatusCode);
        using var unknownControl = await api.PutAsJsonAsync($"/api/v1/models/{Model}/controls/SP-99.9", new { status = "Implemented" });
        Assert.Equal(HttpStatusCode.NotFound, unknownControl.StatusCode);

        using var set = await api.PutAsJsonAsync($"/api/v1/models/{Model}/controls/{Control}", new { status = "Partial", justification = "Workstations hardened; build agents next." });
        set.EnsureSuccessStatusCode();
        var status = await set.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Partial", status.GetProperty("status").GetString());
        Assert.Equal(factory.Clock.GetUtcNow(), status.GetProperty("reviewedAt").GetDateTimeOffset());
        Assert.False(status.GetProperty("reviewDue").GetBoolean());

        using var stale = await api.PutAsJsonAsync($"/api/v1/models/{Model}/controls/{Control}", new { status = "Implemented", concurrencyToken = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task AFileWhoseContentIsNotAllowedIsRefusedWhateverItsNameAndNothingIsStored()
    {
        using var api = Api();
        var before = await factory.WithDbAsync(db => db.Evidence.CountAsync());
        var storeFiles = Directory.Exists(EvidenceFolder) ? Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories).Length : 0;
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

        using var refused = await api.PostAsync($"/api/v1/models/{Model}/controls/{Control}/evidence/file", Upload(executable, "pentest-report.pdf", "Pen test"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not an allowed type", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Evidence.CountAsync()));
        Assert.Equal(storeFiles, Directory.Exists(EvidenceFolder) ? Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task AnAllowedFileIsHashedStoredOutsideWwwrootAndDownloadedOnlyAsAnAttachmentByThoseWhoMaySeeTheModel()
    {
        using var api = Api();
        var content = Encoding.UTF8.GetBytes("Hardening checklist for churn-forecast build agents\nCIS level 1: passed\n");

        using var uploaded = await api.PostAsync($"/api/v1/models/{Model}/controls/{Control}/evidence/file", Upload(content, "..\\..\\checklist.exe", "Hardening checklist"));
        uploaded.EnsureSuccessStatusCode();
        var control = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var evidence = control.GetProperty("evidence").EnumerateArray().Last();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), evidence.GetProperty("sha256").GetString());
        Assert.Equal("text/plain; charset=utf-8", evidence.GetProperty("mediaType").GetString());
        Assert.Equal("checklist_exe.txt", evidence.GetProperty("fileName").GetString());
        var id = evidence.GetProperty("id").GetGuid();
        Assert.Single(Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories), f => File.ReadAllBytes(f).SequenceEqual(content));

        using var download = await api.GetAsync($"/api/v1/evidence/{id}/file");
        download.EnsureSuccessStatusCode();
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());

        using var officer = await SignedInClient.SignInAsync(factory, "compliance@demo.local");
        using var byPerson = await officer.GetAsync($"/evidence/{id}/file");
        Assert.Equal(HttpStatusCode.OK, byPerson.StatusCode);
        Assert.Equal("attachment", byPerson.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", byPerson.Headers.GetValues("X-Content-Type-Options").Single());

        using var staff = await SignedInClient.SignInAsync(factory, "staff@demo.local");
        using var refused = await staff.GetAsync($"/evidence/{id}/file");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // The service refuses by itself too, whatever the endpoint in front of it: to staff the file does not exist.
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff@demo.local"), new Claim(ClaimTypes.Role, PortalRoles.Staff)], "test");
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetUser(new ClaimsPrincipal(identity), "test");
        await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<ModelControls>().DownloadAsync(id));
    }

    [Fact]
    public async Task ALinkNeedsAFullAddressAndExpiredEvidenceNoLongerCounts()
    {
        using var api = Api();
        using var relative = await api.PostAsJsonAsync($"/api/v1/models/{Model}/controls/SP-01.2/evidence", new { kind = "Link", title = "Runbook", url = "/wiki/runbook" });
        Assert.Equal(HttpStatusCode.BadRequest, relative.StatusCode);
        using var past = await api.PostAsJsonAsync($"/api/v1/models/{Model}/controls/SP-01.2/evidence", new { kind = "Note", title = "Review", note = "Done", expiresAt = factory.Clock.GetUtcNow().AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);

        using var added = await api.PostAsJsonAsync($"/api/v1/models/{Model}/controls/SP-01.2/evidence", new { kind = "Link", title = "Runbook", url = "https://wiki.example.internal/runbook", expiresAt = factory.Clock.GetUtcNow().AddDays(2) });
        added.EnsureSuccessStatusCode();
        var link = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidence").EnumerateArray().Last();
        Assert.True(link.GetProperty("current").GetBoolean());
        var id = link.GetProperty("id").GetGuid();

        factory.Clock.Advance(TimeSpan.FromDays(3));
        var controls = await api.GetFromJsonAsync<JsonElement>($"/api/v1/models/{Model}/controls");
        var later = controls.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "SP-01.2")
            .GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.False(later.GetProperty("current").GetBoolean());
    }

    private string EvidenceFolder => Path.Combine(factory.DataDirectory, "evidence");
}
