using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Working one finding: assign an owner, ask for a risk acceptance and have someone else decide it, resolve by hand.
/// Each change checks who is acting against the model's team as stored now, writes a history line in the same save,
/// and tells the people concerned in the portal.
/// </summary>
public sealed class FindingDesk(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard)
{
    /// <summary>The longest a risk may be accepted for before it must be decided again.</summary>
    public static readonly TimeSpan MaxAcceptance = TimeSpan.FromDays(365);

    public const int MinReasonLength = 10;

    public async Task<FindingResponse> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAssessments, "Only oversight roles can see findings.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await FindingBoard.Rows(db, new FindingQuery())
            .Where(r => r.Finding.Id == id)
            .Select(r => new { finding = r.Finding, Name = r.ModelName, r.Team })
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFound(id);
        var history = await db.FindingEvents.AsNoTracking().Where(e => e.FindingId == id)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new FindingEventResponse(e.OccurredAt, e.Actor, e.Kind, e.Text))
            .ToListAsync(cancellationToken);
        var f = row.finding;
        // The opening is the finding's first sighting; the job does not write a line for it, to keep first runs light.
        history.Insert(0, new FindingEventResponse(f.FirstSeenAt, f.CreatedBy, FindingEventKind.Opened, $"Opened as {f.Severity} ({f.Source})."));
        var lastRun = await FindingBoard.LastRunAtAsync(db, cancellationToken);
        return new FindingResponse(
            FindingBoard.ToRow(f, row.Name, row.Team, lastRun), f.Detail, f.ResolutionNote, f.RiskRequestedBy, f.RiskReason,
            f.RiskAcceptedUntil, f.RiskApprovedBy, history, f.ConcurrencyToken);
    }

    /// <summary>Active people, for the owner picker; a finding may be given to anyone who can sign in.</summary>
    public async Task<IReadOnlyList<string>> PeopleAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageFindings, "Only administrators, security officers and team leads can work findings.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.IsActive && u.Email != null).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(cancellationToken);
    }

    public Task<FindingResponse> AssignAsync(Guid id, AssignFindingRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, request.ConcurrencyToken, async (db, finding) =>
        {
            var owner = string.IsNullOrWhiteSpace(request.Owner) ? null : request.Owner.Trim();
            if (owner is not null)
            {
                owner = await db.Users.AsNoTracking().Where(u => u.Email == owner && u.IsActive).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new ValidationFailedException("owner", $"There is no active person '{owner}'.");
            }

            if (string.Equals(owner, finding.Owner, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            finding.Owner = owner;
            if (owner is not null)
            {
                Notify(db, owner, $"Finding assigned to you: {finding.Title}", $"{finding.Severity} on {finding.ModelKey}, due {Day(finding.DueAt)}.", finding);
            }

            return (FindingEventKind.Assigned, owner is null ? "Unassigned." : $"Assigned to {owner}.");
        }, cancellationToken);

    /// <summary>Records the request; the finding stays open until someone other than the asker approves it.</summary>
    public Task<FindingResponse> RequestRiskAcceptanceAsync(Guid id, RiskAcceptanceRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, request.ConcurrencyToken, async (db, finding) =>
        {
            var now = clock.GetUtcNow();
            var errors = new FieldErrors();
            var reason = request.Reason?.Trim();
            if (string.IsNullOrEmpty(reason) || reason.Length < MinReasonLength)
            {
                errors.Add("reason", $"Say why the risk is acceptable (at least {MinReasonLength} characters).");
            }
            else if (reason.Length > Finding.MaxNoteLength)
            {
                errors.Add("reason", $"The reason is at most {Finding.MaxNoteLength} characters.");
            }

            if (request.Until is not { } until)
            {
                errors.Add("until", "Say until when the risk is accepted; it reopens by itself then.");
            }
            else if (until <= now)
            {
                errors.Add("until", "The acceptance must end in the future.");
            }
            else if (until > now + MaxAcceptance)
            {
                errors.Add("until", $"A risk is accepted for at most {MaxAcceptance.TotalDays:0} days at a time.");
            }

            errors.ThrowIfAny();
            if (finding.Status != FindingStatus.Open)
            {
                throw new ConflictException($"Only an open finding's risk can be accepted; this one is {finding.Status}.");
            }

            if (finding.RiskRequestedBy is not null)
            {
                throw new ConflictException($"{finding.RiskRequestedBy} already asked to accept this risk; it awaits a decision.");
            }

            finding.RiskRequestedBy = guard.Actor;
            finding.RiskReason = reason;
            finding.RiskAcceptedUntil = request.Until;
            foreach (var approver in await ApproversAsync(db, cancellationToken))
            {
                Notify(db, approver, $"Risk acceptance to decide: {finding.Title}", $"{guard.Actor} asks to accept it until {Day(request.Until!.Value)}: {reason}", finding);
            }

            return (FindingEventKind.RiskAcceptanceRequested, $"Asked to accept the risk until {Day(request.Until!.Value)}: {reason}");
        }, cancellationToken);

    /// <summary>Approves or declines a pending request; the asker cannot decide their own.</summary>
    public Task<FindingResponse> DecideRiskAcceptanceAsync(Guid id, RiskDecisionRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ApproveRiskAcceptance, "Only administrators and security officers can decide a risk acceptance.");
        return ChangeAsync(id, request.ConcurrencyToken, (db, finding) =>
        {
            if (!finding.IsRiskAcceptancePending)
            {
                throw new ConflictException("There is no risk acceptance awaiting a decision on this finding.");
            }

            var requester = finding.RiskRequestedBy!;
            if (string.Equals(requester, guard.Actor, StringComparison.OrdinalIgnoreCase))
            {
                throw new ConflictException("You asked for this risk acceptance; someone else must approve or decline it.");
            }

            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            (FindingEventKind, string)? line;
            if (request.Approve)
            {
                if (finding.RiskAcceptedUntil is not { } until || until <= clock.GetUtcNow())
                {
                    throw new ConflictException("The requested acceptance has already ended; ask again with a new date.");
                }

                finding.Status = FindingStatus.RiskAccepted;
                finding.RiskApprovedBy = guard.Actor;
                line = (FindingEventKind.RiskAccepted, $"Risk accepted until {Day(until)} (asked by {requester})" + (note is null ? "." : $": {note}"));
                Notify(db, requester, $"Risk acceptance approved: {finding.Title}", $"{guard.Actor} approved it until {Day(until)}.", finding);
            }
            else
            {
                finding.RiskRequestedBy = null;
                finding.RiskReason = null;
                finding.RiskAcceptedUntil = null;
                line = (FindingEventKind.RiskAcceptanceDeclined, $"Risk acceptance asked by {requester} declined" + (note is null ? "." : $": {note}"));
                Notify(db, requester, $"Risk acceptance declined: {finding.Title}", note ?? $"{guard.Actor} declined it; the finding stays open.", finding);
            }

            return Task.FromResult(line);
        }, cancellationToken, requireTeam: false);
    }

    /// <summary>Closes a finding by hand. An automated finding whose condition still holds reopens on the next run.</summary>
    public Task<FindingResponse> ResolveAsync(Guid id, ResolveFindingRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, request.ConcurrencyToken, (db, finding) =>
        {
            var note = request.Note?.Trim();
            if (string.IsNullOrEmpty(note))
            {
                throw new ValidationFailedException("note", "Say how it was fixed.");
            }

            if (note.Length > Finding.MaxNoteLength)
            {
                throw new ValidationFailedException("note", $"The note is at most {Finding.MaxNoteLength} characters.");
            }

            if (finding.Status == FindingStatus.Resolved)
            {
                throw new ConflictException("This finding is already resolved.");
            }

            finding.Status = FindingStatus.Resolved;
            finding.ResolvedAt = clock.GetUtcNow();
            finding.ResolutionNote = note;
            finding.RiskRequestedBy = null;
            finding.RiskReason = null;
            finding.RiskAcceptedUntil = null;
            finding.RiskApprovedBy = null;
            return Task.FromResult<(FindingEventKind, string)?>((FindingEventKind.Resolved, $"Resolved by hand: {note}"));
        }, cancellationToken);

    /// <summary>
    /// Loads the finding, checks the actor against its model's team as stored now, applies <paramref name="change"/>
    /// (null: nothing to change), writes the history line and saves; a change made meanwhile answers 409.
    /// </summary>
    private async Task<FindingResponse> ChangeAsync(
        Guid id,
        Guid? seenToken,
        Func<PortalDbContext, Finding, Task<(FindingEventKind Kind, string Text)?>> change,
        CancellationToken cancellationToken,
        bool requireTeam = true)
    {
        guard.Require(PortalPolicies.ManageFindings, "Only administrators, security officers and team leads can work findings.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw NotFound(id);
        if (requireTeam)
        {
            if (finding.ModelId is null)
            {
                // About the portal itself: no team lead's to work.
                guard.Require(PortalPolicies.ManagePortalFindings, "Only administrators and security officers can work findings about the portal itself.");
            }
            else
            {
                var teamId = await db.Models.Where(m => m.Id == finding.ModelId).Select(m => m.OwnerTeamId).SingleAsync(cancellationToken);
                await guard.RequireTeamAsync(db, PortalPolicies.ManageFindings, teamId, "this model's findings", cancellationToken);
            }
        }

        db.ExpectToken(finding, seenToken);
        var line = await change(db, finding);
        if (line is { } entry)
        {
            db.FindingEvents.Add(new FindingEvent
            {
                FindingId = finding.Id,
                OccurredAt = clock.GetUtcNow(),
                Actor = guard.Actor,
                Kind = entry.Kind,
                Text = entry.Text.Length <= Finding.MaxNoteLength ? entry.Text : entry.Text[..Finding.MaxNoteLength],
            });
            await db.SaveUnlessChangedAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    private static async Task<List<string>> ApproversAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await PeopleInRoles.Emails(db, PortalRoles.SecurityOfficer).ToListAsync(cancellationToken);

    private void Notify(PortalDbContext db, string recipient, string subject, string body, Finding finding) =>
        db.Notifications.Add(PortalNotification.For(NotificationKind.Findings, recipient, subject, body, $"/findings/{finding.Id}", clock.GetUtcNow()));

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static NotFoundException NotFound(Guid id) => new($"There is no finding {id}.");
}
