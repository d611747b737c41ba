using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Infrastructure.Jobs;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Admin;

public sealed class RecurringJobsOverviewTests
{
    [Fact]
    public async Task AdministratorsSeeEveryRecurringJobWithItsScheduleAndNextRunAndNobodyElseDoes()
    {
        // Nodes that run the job server declare the recurring jobs.
        using var factory = new PortalFactory { RunJobServer = true };

        var jobs = await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, s => Task.FromResult(s.GetRequiredService<RecurringJobsOverview>().List()));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, "officer@demo.local", PortalRoles.SecurityOfficer, s => Task.FromResult(s.GetRequiredService<RecurringJobsOverview>().List())));

        Assert.Equal(RecurringJobsRegistrar.Purposes.Keys.Order(StringComparer.Ordinal), jobs.Select(j => j.Id));
        Assert.All(jobs, j => Assert.NotNull(j.NextRunAt));
        Assert.All(jobs, j => Assert.False(j.Failed));
        var options = new JobsOptions();
        Assert.Equal(options.AssessmentCron, jobs.Single(j => j.Id == "assessment").Cron);
        Assert.Equal(options.ExportsCron, jobs.Single(j => j.Id == "exports").Cron);
        Assert.Equal("Assesses every deployment against the controls", jobs.Single(j => j.Id == "assessment").Purpose);
    }

    [Fact]
    public void ALastRunThatFailedOrAJobHangfireCannotScheduleIsAFailure()
    {
        var failed = RecurringJobsOverview.ToRow(new RecurringJobDto { Id = "training", Cron = "10 * * * *", LastJobState = "Failed", LastExecution = new DateTime(2026, 12, 4, 10, 10, 0, DateTimeKind.Utc) });
        var broken = RecurringJobsOverview.ToRow(new RecurringJobDto { Id = "exports", Cron = "every now and then", Error = "Invalid cron" });
        var fine = RecurringJobsOverview.ToRow(new RecurringJobDto { Id = "assessment", Cron = "0 2 * * *", LastJobState = "Succeeded" });

        Assert.True(failed.Failed);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 10, 0, TimeSpan.Zero), failed.LastRunAt);
        Assert.True(broken.Failed);
        Assert.Equal("Invalid cron", broken.Error);
        Assert.False(fine.Failed);
    }
}
