using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Incidents;

namespace SecurityPortal.Integration.Tests.Incidents;

/// <summary>The escalation job against a fake clock: warned before, notified at the breach, and only once.</summary>
public sealed class IncidentEscalationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task RunJobAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IncidentEscalationJob>().RunAsync(CancellationToken.None);
    }

    private Task<List<string>> SubjectsAsync(string incidentRef) =>
        factory.WithDbAsync(db => db.Notifications.Where(n => n.Subject.StartsWith(incidentRef)).Select(n => n.Recipient + "|" + n.Subject).ToListAsync());

    [Fact]
    public async Task ASev1PastItsContainTargetIsFlaggedAndNotifiedExactlyOnce()
    {
        using var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        var detected = factory.Clock.GetUtcNow();
        using var created = await api.PostAsJsonAsync("/api/v1/incidents", new
        {
            title = "Model weights downloaded from an unauthenticated bucket",
            severity = "SEV1",
            category = "ML05",
            affectedModels = new[] { "fraud-scorer" },
            detectedAt = detected,
        });
        var incidentRef = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ref").GetString()!;
        await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/transitions", new { to = "Triaged" });
        await api.PostAsJsonAsync($"/api/v1/incidents/{incidentRef}/assignment", new { assignee = "admin@demo.local" });

        factory.Clock.Advance(TimeSpan.FromHours(3.5));
        await RunJobAsync();
        var warned = await SubjectsAsync(incidentRef);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await RunJobAsync();
        await RunJobAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await RunJobAsync();

        var subjects = await SubjectsAsync(incidentRef);
        Assert.Equal(
            [$"admin@demo.local|{incidentRef}: Contain target due soon", $"officer@demo.local|{incidentRef}: Contain target due soon"],
            warned.Order(StringComparer.Ordinal));
        Assert.Equal(2, subjects.Count(s => s.EndsWith("Contain target breached", StringComparison.Ordinal)));
        Assert.Single(subjects, s => s == $"officer@demo.local|{incidentRef}: Contain target breached");
        Assert.Single(subjects, s => s == $"admin@demo.local|{incidentRef}: Contain target breached");
        var incident = await api.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{incidentRef}");
        Assert.True(incident.GetProperty("breached").GetBoolean());
        var contain = incident.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Contain");
        Assert.Equal("Breached", contain.GetProperty("status").GetString());
        Assert.Single(incident.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("text").GetString()!.StartsWith($"{incidentRef}: Contain target breached", StringComparison.Ordinal));

        static SecurityPortal.Web.Features.Notifications.NotificationInbox Inbox(IServiceProvider s) => s.GetRequiredService<SecurityPortal.Web.Features.Notifications.NotificationInbox>();
        var before = await Training.TrainingHarness.AsAsync(factory, "admin@demo.local", Core.Security.PortalRoles.Administrator, s => Inbox(s).ForMeAsync());
        Assert.Contains(before.Latest, n => n.Subject == $"{incidentRef}: Contain target breached" && n.Link == $"/incidents/{incidentRef}");
        await Training.TrainingHarness.AsAsync(factory, "admin@demo.local", Core.Security.PortalRoles.Administrator, s => Inbox(s).MarkAllReadAsync());
        Assert.Equal(0, (await Training.TrainingHarness.AsAsync(factory, "admin@demo.local", Core.Security.PortalRoles.Administrator, s => Inbox(s).ForMeAsync())).Unread);
        Assert.True((await Training.TrainingHarness.AsAsync(factory, "officer@demo.local", Core.Security.PortalRoles.SecurityOfficer, s => Inbox(s).ForMeAsync())).Unread > 0);
    }
}
