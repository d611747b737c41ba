using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Exports;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Exports;

/// <summary>Schedules make one archived export per period whatever runs the job, and tell their recipients once.</summary>
public sealed class ExportScheduleTests
{
    private const string Compliance = "compliance@demo.local";

    private static NewExportScheduleRequest Monthly(string name = "Monthly portfolio summary", params string[] recipients) =>
        new(name, "portfolio", null, "Monthly", 1, recipients.Length == 0 ? [Compliance, "officer@demo.local"] : recipients);

    private static Task<int> MakeAsync(PortalFactory factory) =>
        AsSystemAsync(factory, s => s.GetRequiredService<ExportHousekeepingJob>().MakeScheduledAsync(CancellationToken.None));

    [Fact]
    public async Task OnePeriodYieldsOneExportAcrossRerunsConcurrentRunsAndARestartAndItsRecipientsAreToldOnce()
    {
        using var factory = new PortalFactory();
        var schedule = await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportSchedules>().CreateAsync(Monthly()));

        var beforeItsDay = await MakeAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 10, 0, TimeSpan.Zero));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => MakeAsync(factory)));
        var rerun = await MakeAsync(factory);
        var exports = await factory.WithDbAsync(db => db.Exports.AsNoTracking().Where(e => e.ScheduleId == schedule.Id).ToListAsync());
        var export = Assert.Single(exports);
        await AsSystemAsync(factory, s => s.GetRequiredService<ExportJob>().RunAsync(export.Id, CancellationToken.None));
        await AsSystemAsync(factory, s => s.GetRequiredService<ExportJob>().RunAsync(export.Id, CancellationToken.None));

        // A second portal on the same database, as after a restart or on another node.
        using var restarted = new PortalFactory(factory.DataDirectory) { KeepData = true };
        _ = restarted.Services;
        restarted.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 8, 0, 0, TimeSpan.Zero));
        var afterRestart = await MakeAsync(restarted);

        // The demo's monthly schedule is due on the same day: each schedule makes its period once.
        Assert.Equal(0, beforeItsDay);
        Assert.Equal(await factory.WithDbAsync(db => db.Exports.CountAsync(e => e.ScheduleId != null)), concurrent.Sum());
        Assert.Equal(0, await factory.WithDbAsync(async db => (await db.Exports.Where(e => e.ScheduleId != null).Select(e => new { e.ScheduleId, e.Period }).ToListAsync()).GroupBy(e => e).Count(g => g.Count() > 1)));
        Assert.Equal(0, rerun);
        Assert.Equal(0, afterRestart);
        Assert.Equal("2026-12", export.Period);
        Assert.Equal("schedule: Monthly portfolio summary", export.RequestedBy);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Exports.CountAsync(e => e.ScheduleId == schedule.Id)));
        Assert.Equal(ExportStatus.Succeeded, await factory.WithDbAsync(db => db.Exports.Where(e => e.Id == export.Id).Select(e => e.Status).SingleAsync()));
        var told = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == $"/exports/{export.Id}/file").ToListAsync());
        Assert.Equal([Compliance, "officer@demo.local"], told.Select(n => n.Recipient).Order(StringComparer.Ordinal));
        Assert.All(told, n => Assert.True(n.ByEmail));
    }

    [Fact]
    public async Task APausedScheduleMakesNothingAndAStalePauseIsAConflict()
    {
        using var factory = new PortalFactory();
        var schedule = await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportSchedules>().CreateAsync(Monthly()));
        var paused = await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportSchedules>().SetActiveAsync(schedule.Id, false, schedule.ConcurrencyToken));
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));

        var made = await MakeAsync(factory);
        var ofPaused = await factory.WithDbAsync(db => db.Exports.CountAsync(e => e.ScheduleId == schedule.Id));
        await Assert.ThrowsAsync<ConflictException>(() => AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportSchedules>().SetActiveAsync(schedule.Id, true, schedule.ConcurrencyToken)));

        Assert.False(paused.Active);
        Assert.Equal(2, made); // the demo's two, still active
        Assert.Equal(0, ofPaused);
    }

    [Fact]
    public async Task BadSchedulesAreFieldProblemsAndWriteNothing()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);

        using var recipients = await api.PostAsJsonAsync("/api/v1/export-schedules", new { name = "To staff", kind = "portfolio", cadence = "Monthly", dayOfMonth = 1, recipients = new[] { "staff@demo.local", "nobody@example.com" } });
        using var day = await api.PostAsJsonAsync("/api/v1/export-schedules", new { name = "Day 31", kind = "portfolio", cadence = "Monthly", dayOfMonth = 31, recipients = new[] { Compliance } });
        using var cadence = await api.PostAsJsonAsync("/api/v1/export-schedules", new { name = "Hourly", kind = "portfolio", cadence = "Hourly", dayOfMonth = 1, recipients = new[] { Compliance } });
        using var model = await api.PostAsJsonAsync("/api/v1/export-schedules", new { name = "Dossier", kind = "model", parameters = new { modelKey = "no-such-model" }, cadence = "Quarterly", dayOfMonth = 1, recipients = new[] { Compliance } });
        using var made = await api.PostAsJsonAsync("/api/v1/export-schedules", new { name = "Quarterly dossier", kind = "model", parameters = new { modelKey = "fraud-scorer" }, cadence = "Quarterly", dayOfMonth = 2, recipients = new[] { Compliance } });
        using var twice = await api.PostAsJsonAsync("/api/v1/export-schedules", new { name = "Quarterly dossier", kind = "training", cadence = "Monthly", dayOfMonth = 2, recipients = new[] { Compliance } });
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/export-schedules");
        var dossier = list.GetProperty("items").EnumerateArray().Where(s => s.GetProperty("name").GetString() == "Quarterly dossier").ToList();

        var refused = (await recipients.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("recipients")[0].GetString();
        Assert.Equal(HttpStatusCode.BadRequest, recipients.StatusCode);
        Assert.Contains("staff@demo.local", refused, StringComparison.Ordinal);
        Assert.Contains("nobody@example.com", refused, StringComparison.Ordinal);
        Assert.True((await day.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dayOfMonth", out _));
        Assert.True((await cadence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cadence", out _));
        Assert.Equal(HttpStatusCode.NotFound, model.StatusCode);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var only = Assert.Single(dossier);
        Assert.Equal("2027-01-02", only.GetProperty("nextRun").GetString());
        Assert.Equal(3, list.GetProperty("total").GetInt32()); // with the demo's two
    }

    [Fact]
    public async Task ATeamLeadCannotMakeASchedule()
    {
        using var factory = new PortalFactory();

        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<ExportSchedules>().CreateAsync(Monthly())));

        Assert.Equal(2, await factory.WithDbAsync(db => db.ExportSchedules.CountAsync())); // the demo's two
    }

    [Fact]
    public async Task WhenAScheduledExportIsGivenUpItsRecipientsAreToldWhyOnce()
    {
        using var factory = new PortalFactory();
        var schedule = await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportSchedules>().CreateAsync(Monthly()));
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 10, 0, TimeSpan.Zero));
        await MakeAsync(factory);

        // A worker took it and stopped: it stays Running past the abandon time.
        await factory.WithDbAsync(async db =>
        {
            var export = await db.Exports.SingleAsync(e => e.ScheduleId == schedule.Id);
            export.Status = ExportStatus.Running;
            export.StartedAt = factory.Clock.GetUtcNow();
            await db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await AsSystemAsync(factory, s => s.GetRequiredService<ExportHousekeepingJob>().FailAbandonedAsync(CancellationToken.None));
        await AsSystemAsync(factory, s => s.GetRequiredService<ExportHousekeepingJob>().FailAbandonedAsync(CancellationToken.None));

        var told = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Subject.StartsWith("Scheduled export failed: Monthly portfolio summary")).ToListAsync());
        Assert.Equal([Compliance, "officer@demo.local"], told.Select(n => n.Recipient).Order(StringComparer.Ordinal));
        Assert.All(told, n => Assert.Contains("Abandoned", n.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwentyParallelSchedulesOfOneNameMakeOneAndConflictsForTheRestNeverAServerError()
    {
        using var factory = new PortalFactory();
        _ = factory.Services;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => s.GetRequiredService<ExportSchedules>().CreateAsync(Monthly("Raced schedule")));
                return "made";
            }
            catch (Exception ex) when (ex is ConflictException or ValidationFailedException)
            {
                return "refused";
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "made"));
        Assert.Equal(19, outcomes.Count(o => o == "refused"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ExportSchedules.CountAsync(s => s.Name == "Raced schedule")));
    }
}
