using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Infrastructure.Jobs;

/// <summary>The job server, from <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the Hangfire job server in this process.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Worker threads; the processor count (at least 2) when not set.</summary>
    [Range(1, 100, ErrorMessage = "must be between {1} and {2}")]
    public int? WorkerCount { get; set; }

    /// <summary>How quickly idle workers pick up new jobs.</summary>
    [Range(1, 60, ErrorMessage = "must be between {1} and {2} seconds")]
    public int PollIntervalSeconds { get; set; } = 2;

    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string AuditChainVerifyCron { get; set; } = "15 2 * * *";

    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string IncidentEscalationCron { get; set; } = "* * * * *";

    /// <summary>The periodic assessment of every model; daily at 02:00 UTC.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string AssessmentCron { get; set; } = "0 2 * * *";

    /// <summary>Opens each plan's next cycle of audits and sends their reminders; hourly, so a cycle opens the hour its day starts.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string AuditScheduleCron { get; set; } = "5 * * * *";

    /// <summary>Assigns mandatory training and sends its reminders; hourly.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string TrainingCron { get; set; } = "10 * * * *";

    /// <summary>Sends the notifications owed by e-mail; every minute, so a reminder leaves within a minute of being written.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string MailDeliveryCron { get; set; } = "* * * * *";

    /// <summary>Fails exports left running by a stopped worker and makes the scheduled exports that are due; every five minutes.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a cron expression")]
    public string ExportsCron { get; set; } = "*/5 * * * *";

    public int Workers => WorkerCount ?? Math.Max(2, Environment.ProcessorCount);
}
