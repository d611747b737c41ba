using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.AuditLog;

/// <summary>
/// What a verification that finds a break does, whoever started it (the nightly job, Verify now, the API): opens a
/// Critical Integrity finding for that break and tells every active administrator, in the portal and by e-mail. Once
/// per break: the finding's identity is the break, so verifying the same broken log again finds it open and raises
/// nothing; a second node raising the same break at the same moment collides on the finding's unique key and stops.
/// A break whose finding someone resolved while it is still there reopens it and raises the alarm again.
/// </summary>
public sealed partial class AuditChainAlarms(
    IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AssessmentOptions assessment, CurrentActor actor, ILogger<AuditChainAlarms> logger)
{
    /// <summary>Raises the alarm for <paramref name="chainBreak"/> unless it is already raised; true when this call raised it.</summary>
    public async Task<bool> RaiseAsync(AuditChainBreak chainBreak, CancellationToken cancellationToken)
    {
        try
        {
            return await CollisionRetry.RunAsync(() => RaiseOnceAsync(chainBreak, cancellationToken), logger, "The audit-chain alarm");
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone reopened the same finding between our read and our save: the alarm is raised.
            return false;
        }
    }

    private async Task<bool> RaiseOnceAsync(AuditChainBreak chainBreak, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subject = AuditChainAlarm.SubjectOf(chainBreak);
        var finding = await db.Findings.SingleOrDefaultAsync(
            f => f.ModelId == null && f.RuleKey == AuditChainAlarm.RuleKey && f.Subject == subject, cancellationToken);
        if (finding is { Status: not FindingStatus.Resolved })
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (finding is null)
        {
            finding = AuditChainAlarm.Raise(chainBreak, assessment.DuePolicy, now);
            db.Findings.Add(finding);
        }
        else
        {
            finding.Status = FindingStatus.Open;
            finding.ResolvedAt = null;
            finding.ResolutionNote = null;
            finding.LastSeenAt = now;
            finding.DueAt = assessment.DuePolicy.DueAt(finding.Severity, now);
            db.FindingEvents.Add(new FindingEvent
            {
                FindingId = finding.Id,
                OccurredAt = now,
                Actor = actor.Name,
                Kind = FindingEventKind.Reopened,
                Text = "Reopened: verification finds the same break in the audit log again.",
            });
        }

        var administrators = await PeopleInRoles.Emails(db, PortalRoles.Administrator).ToListAsync(cancellationToken);
        foreach (var administrator in administrators)
        {
            db.Notifications.Add(PortalNotification.For(
                NotificationKind.IntegrityAlarm,
                administrator,
                $"Integrity alarm: {finding.Title}",
                $"{chainBreak.Reason}. The audit log can no longer be trusted from entry {chainBreak.Sequence:N0} on; the finding says what to do.",
                $"/findings/{finding.Id}",
                now));
        }

        await db.SaveChangesAsync(cancellationToken);
        LogRaised(logger, chainBreak.Sequence, chainBreak.Kind, administrators.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Integrity alarm raised: audit log broken at entry {Sequence} ({Kind}); {Administrators} administrators told")]
    private static partial void LogRaised(ILogger logger, long sequence, AuditChainBreakKind kind, int administrators);
}
