using Hangfire;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Audits;
using SecurityPortal.Web.Features.Exports;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Infrastructure.Mail;

namespace SecurityPortal.Web.Infrastructure.Jobs;

/// <summary>
/// The one place where recurring jobs are declared. Each area adds its line here; ids are stable so a
/// restart updates the schedule instead of adding a second job.
/// </summary>
public sealed class RecurringJobsRegistrar(IRecurringJobManager recurringJobs, JobsOptions jobs) : IHostedService
{
    /// <summary>What each recurring job does, in the words the Admin page shows.</summary>
    public static IReadOnlyDictionary<string, string> Purposes { get; } = new Dictionary<string, string>
    {
        [AuditChainVerificationJob.Id] = "Verifies the audit log's hash chain and anchors",
        [IncidentEscalationJob.Id] = "Escalates incidents whose SLA clocks run out",
        [AssessmentJob.Id] = "Assesses every deployment against the controls",
        [AuditScheduleJob.Id] = "Opens each plan's next audits and sends audit reminders",
        [TrainingJob.Id] = "Assigns mandatory training and sends its reminders",
        [MailDeliveryJob.Id] = "Sends the notifications owed by e-mail",
        [ExportHousekeepingJob.Id] = "Makes scheduled exports and fails stuck ones",
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<AuditChainVerificationJob>(
            AuditChainVerificationJob.Id,
            job => job.RunAsync(CancellationToken.None),
            jobs.AuditChainVerifyCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<IncidentEscalationJob>(
            IncidentEscalationJob.Id,
            job => job.RunAsync(CancellationToken.None),
            jobs.IncidentEscalationCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<AssessmentJob>(
            AssessmentJob.Id,
            job => job.RunScheduledAsync(CancellationToken.None),
            jobs.AssessmentCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<AuditScheduleJob>(
            AuditScheduleJob.Id,
            job => job.RunAsync(CancellationToken.None),
            jobs.AuditScheduleCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<TrainingJob>(
            TrainingJob.Id,
            job => job.RunAsync(CancellationToken.None),
            jobs.TrainingCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<MailDeliveryJob>(
            MailDeliveryJob.Id,
            job => job.RunAsync(CancellationToken.None),
            jobs.MailDeliveryCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<ExportHousekeepingJob>(
            ExportHousekeepingJob.Id,
            job => job.RunAsync(CancellationToken.None),
            jobs.ExportsCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
