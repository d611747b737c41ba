using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// Hourly: assigns every mandatory course to each person it applies to (newcomers, people who changed team or role,
/// completions about to expire), then reminds people of assignments due soon and, once, of those gone overdue, in the
/// portal and by e-mail. Exactly once in effect: an assignment is unique per course, person and round and a reminder
/// per assignment and kind, each saved with its notification, so a rerun finds the rows and a second node racing this
/// one loses on the unique key, reads again and finds nothing left to do.
/// </summary>
public sealed partial class TrainingJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    TrainingOptions options,
    ILogger<TrainingJob> logger)
{
    public const string Id = "training";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<TrainingJobOutcome> RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", Guid.NewGuid().ToString("N"));
        var assigned = await AssignMandatoryAsync(cancellationToken);
        var reminded = await RetryOnCollisionAsync(() => RemindAsync(cancellationToken));
        LogRun(logger, assigned, reminded);
        return new TrainingJobOutcome(assigned, reminded);
    }

    /// <summary>
    /// Creates the missing mandatory assignments now; also called when a mandatory course is added and when someone's
    /// team or role changes, under the name of whoever made that change.
    /// </summary>
    public Task<int> AssignMandatoryAsync(CancellationToken cancellationToken) => RetryOnCollisionAsync(() => AssignOnceAsync(cancellationToken));

    private async Task<int> AssignOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var courses = await TrainingReads.MandatoryCoursesAsync(db, cancellationToken);
        if (courses.Count == 0)
        {
            return 0;
        }

        var trainees = await TrainingReads.TraineesAsync(db, null, cancellationToken);
        var due = MandatoryTraining.Missing(courses, trainees, await TrainingReads.LatestAsync(db, null, cancellationToken), today, options.MandatoryDueDays, options.RenewalDays);
        if (due.Count == 0)
        {
            return 0;
        }

        var titles = courses.ToDictionary(c => c.Id, c => c.Title);
        foreach (var assignment in due)
        {
            db.TrainingAssignments.Add(new TrainingAssignment
            {
                CourseId = assignment.CourseId,
                CourseCode = assignment.CourseCode,
                UserId = assignment.UserId,
                UserEmail = assignment.Email,
                Round = assignment.Round,
                DueOn = assignment.DueOn,
                Source = assignment.Source,
            });
        }

        foreach (var person in due.GroupBy(d => d.Email, StringComparer.OrdinalIgnoreCase))
        {
            var lines = person.Select(d => $"{d.CourseCode} \"{titles[d.CourseId]}\"{(d.Source == AssignmentSource.Renewal ? " (renewal)" : string.Empty)}, due {Day(d.DueOn)}");
            db.Notifications.Add(PortalNotification.For(
                NotificationKind.TrainingDue,
                person.Key,
                person.Count() == 1 ? $"Mandatory training assigned: {titles[person.First().CourseId]}" : $"{person.Count()} mandatory courses assigned",
                string.Join("; ", lines) + ".",
                "/training",
                now));
        }

        await db.SaveChangesAsync(cancellationToken);
        LogAssigned(logger, due.Count);
        return due.Count;
    }

    /// <summary>One reminder per open assignment and kind, ever: due soon within the reminder window, then overdue.</summary>
    private async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var soon = today.AddDays(options.ReminderDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await TrainingReads.Assignments(db)
            .Where(a => a.Status != AssignmentStatus.Completed && a.DueOn <= soon)
            .Select(a => new { a.Id, a.UserEmail, a.CourseCode, a.CourseTitle, a.DueOn })
            .ToListAsync(cancellationToken);
        var ids = open.Select(a => a.Id).ToList();
        var sent = (await db.TrainingReminders.AsNoTracking().Where(r => ids.Contains(r.AssignmentId)).Select(r => new { r.AssignmentId, r.Kind }).ToListAsync(cancellationToken))
            .Select(r => (r.AssignmentId, r.Kind)).ToHashSet();
        var due = open
            .Select(a => (Assignment: a, Kind: a.DueOn < today ? TrainingReminderKind.Overdue : TrainingReminderKind.DueSoon))
            .Where(x => !sent.Contains((x.Assignment.Id, x.Kind)))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        foreach (var (assignment, kind) in due)
        {
            var overdue = kind == TrainingReminderKind.Overdue;
            db.Notifications.Add(PortalNotification.For(
                NotificationKind.TrainingDue,
                assignment.UserEmail,
                overdue ? $"Training overdue: {assignment.CourseTitle}" : $"Training due {Day(assignment.DueOn)}: {assignment.CourseTitle}",
                overdue
                    ? $"{assignment.CourseCode} \"{assignment.CourseTitle}\" was due on {Day(assignment.DueOn)}. Complete it on your training page."
                    : $"{assignment.CourseCode} \"{assignment.CourseTitle}\" is due on {Day(assignment.DueOn)}.",
                "/training",
                now));
            db.TrainingReminders.Add(new TrainingReminder { AssignmentId = assignment.Id, Kind = kind, SentAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private Task<int> RetryOnCollisionAsync(Func<Task<int>> step) => CollisionRetry.RunAsync(step, logger, "Training job");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training: {Count} mandatory assignments created")]
    private static partial void LogAssigned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training job: {Assigned} assigned, {Reminded} reminders")]
    private static partial void LogRun(ILogger logger, int assigned, int reminded);
}

public sealed record TrainingJobOutcome(int Assigned, int Reminded);
