using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>
/// Every minute: warns the assignee and the security officers when an SLA or Art. 73 clock is about
/// to run out, and again when it has. Each warning and each breach is sent once per incident; the
/// keys already sent are stored (unique per incident) in the same save as the notifications, and the
/// incident row itself is left alone so nobody editing it meets a conflict caused by a notice.
/// </summary>
public sealed partial class IncidentEscalationJob(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    SlaPolicy policy,
    CurrentActor actor,
    IIncidentEvents events,
    ILogger<IncidentEscalationJob> logger)
{
    public const string Id = "incident-escalation";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        actor.SetSystem($"job:{Id}", Guid.NewGuid().ToString("N"));
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var officers = await PeopleInRoles.Emails(db, PortalRoles.SecurityOfficer).ToListAsync(cancellationToken);
        // Closed incidents still matter while an Art. 73 report is owed.
        var watched = await db.Incidents.AsNoTracking()
            .Where(i => i.Phase != IncidentPhase.Closed || (i.Reportable != ReportableKind.None && i.ReportedAt == null))
            .ToListAsync(cancellationToken);
        var watchedIds = watched.Select(i => i.Id).ToList();
        var sentBefore = (await db.IncidentNotices.Where(n => watchedIds.Contains(n.IncidentId)).Select(n => new { n.IncidentId, n.Key }).ToListAsync(cancellationToken))
            .ToLookup(n => n.IncidentId, n => n.Key);
        var changed = new List<string>();
        var sent = 0;
        foreach (var incident in watched)
        {
            var clocks = incident.Phase == IncidentPhase.Closed
                ? incident.Clocks(policy, now).Where(c => c.Name == SlaClockNames.Report)
                : incident.Clocks(policy, now);
            var notices = EscalationRule.Due(clocks, sentBefore[incident.Id].ToHashSet(StringComparer.Ordinal));
            if (notices.Count == 0)
            {
                continue;
            }

            var recipients = officers.Append(incident.Assignee).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var notice in notices)
            {
                var subject = notice.IsBreach
                    ? $"{incident.Ref}: {notice.Clock} target breached"
                    : $"{incident.Ref}: {notice.Clock} target due soon";
                var body = string.Create(CultureInfo.InvariantCulture,
                    $"{IncidentSeverities.Label(incident.Severity)} \"{incident.Title}\" ({incident.Phase}): {notice.Clock} {(notice.IsBreach ? "was" : "is")} due at {notice.DueAt:yyyy-MM-dd HH:mm} UTC.");
                db.Notifications.AddRange(recipients.Select(r => new PortalNotification
                {
                    Recipient = r,
                    Subject = subject,
                    Body = body,
                    Link = $"/incidents/{incident.Ref}",
                    CreatedAt = now,
                    Kind = NotificationKind.IncidentEscalation,
                    ByEmail = NotificationKinds.EmailByDefault(NotificationKind.IncidentEscalation),
                }));
                db.IncidentTimeline.Add(new IncidentTimelineEntry
                {
                    IncidentId = incident.Id,
                    OccurredAt = now,
                    Actor = actor.Name,
                    Kind = TimelineEntryKind.System,
                    Text = $"{subject}; notified {string.Join(", ", recipients)}.",
                });
                LogNotice(logger, incident.Ref, notice.Key, recipients.Count);
            }

            db.IncidentNotices.AddRange(notices.Select(n => new IncidentNotice { IncidentId = incident.Id, Key = n.Key, SentAt = now }));
            sent += notices.Count;
            changed.Add(incident.Ref);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var incidentRef in changed)
        {
            await events.PublishAsync(new IncidentChanged(incidentRef, actor.Name, IncidentChangeKind.Escalated));
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {Ref}: escalation {Key} sent to {Recipients} people")]
    private static partial void LogNotice(ILogger logger, string @ref, string key, int recipients);
}
