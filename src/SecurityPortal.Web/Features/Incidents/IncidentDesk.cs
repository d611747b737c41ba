using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>
/// Opening and working incidents. Every change writes its timeline entry in the same save, and tells
/// open pages through <see cref="IIncidentEvents"/> once it is committed.
/// </summary>
public sealed class IncidentDesk(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CurrentActor actor,
    SlaPolicy policy,
    IIncidentEvents events,
    ModelDeployments deployments,
    AccessGuard guard,
    IncidentMetricsCache metrics)
{
    public const int MaxPageSize = 200;

    public async Task<IncidentResponse> CreateAsync(NewIncidentRequest request, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var details = IncidentDetails.Check(errors, request.Title, request.Description, request.Severity, request.Category, request.Reportable);
        var detectedAt = request.DetectedAt ?? now;
        if (detectedAt > now.AddMinutes(5))
        {
            errors.Add("detectedAt", "An incident cannot be detected in the future.");
        }

        var keys = (request.AffectedModels ?? []).OfType<string>().Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 50)
        {
            errors.Add("affectedModels", "Name at most 50 models.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var models = await db.Models.Where(m => keys.Contains(m.Key)).Select(m => new { m.Id, m.Key }).ToListAsync(cancellationToken);
        foreach (var unknown in keys.Except(models.Select(m => m.Key), StringComparer.Ordinal))
        {
            errors.Add("affectedModels", $"There is no model '{unknown}'.");
        }

        foreach (var (key, version) in request.AffectedVersions ?? new Dictionary<string, string>())
        {
            var model = models.FirstOrDefault(m => m.Key == key);
            if (model is null)
            {
                errors.Add("affectedVersions", $"'{key}' is not among the affected models.");
            }
            else if (!await db.ModelVersions.AnyAsync(v => v.ModelId == model.Id && v.Version == version, cancellationToken))
            {
                errors.Add("affectedVersions", $"'{key}' has no version {version}.");
            }
        }

        errors.ThrowIfAny();
        var year = now.Year;
        var number = (await db.Incidents.Where(i => i.Year == year).MaxAsync(i => (int?)i.Number, cancellationToken) ?? 0) + 1;
        var incident = new Incident
        {
            Year = year,
            Number = number,
            Ref = IncidentRef.Format(year, number),
            Title = details!.Title,
            Description = details.Description,
            Severity = details.Severity,
            Category = details.Category,
            DetectedAt = detectedAt,
            Reporter = actor.Name,
            Reportable = details.Reportable,
            // Reported as serious from the start: the organisation knew when it detected it.
            ReportableSince = details.Reportable == ReportableKind.None ? null : detectedAt,
            AffectedModels = [.. models.Select(m => new IncidentAffectedModel
            {
                ModelId = m.Id,
                ModelKey = m.Key,
                Version = request.AffectedVersions?.GetValueOrDefault(m.Key),
            })],
        };
        db.Incidents.Add(incident);
        db.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.System, $"Opened as {IncidentSeverities.Label(details.Severity)} by {actor.Name}."));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // The unique (year, number) index: someone took the same number between our read and our write.
            throw new ConflictException($"{incident.Ref} was just taken by another report; submit again.", ex);
        }

        await PublishAsync(incident.Ref, IncidentChangeKind.Opened);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    public async Task<IncidentResponse> GetAsync(string incidentRef, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken, tracking: false);
        EnsureVisible(incident, incidentRef);
        var timeline = await db.IncidentTimeline.AsNoTracking()
            .Where(e => e.IncidentId == incident.Id)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new TimelineEntryResponse(e.OccurredAt, e.Actor, e.Kind, e.Text))
            .ToListAsync(cancellationToken);
        return ToResponse(incident, timeline);
    }

    /// <summary>Moves the incident to another phase; the workflow decides what is allowed.</summary>
    public async Task<IncidentResponse> TransitionAsync(string incidentRef, TransitionRequest request, CancellationToken cancellationToken = default)
    {
        EnsureResponder();
        var errors = new FieldErrors();
        var to = errors.Enum<IncidentPhase>("to", request.To);
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken);
        db.ExpectToken(incident, request.ConcurrencyToken);
        var from = incident.Phase;
        var note = IncidentDetails.Note(request.Note, "note");
        incident.MoveTo(to, new TransitionDetails(note, IncidentDetails.Note(request.RootCause, "rootCause"), IncidentDetails.Note(request.LessonsLearned, "lessonsLearned")), clock.GetUtcNow());
        var text = IncidentWorkflow.IsReopen(from, to) ? $"Reopened: {note}" : $"{from} → {to}" + (note is null ? string.Empty : $": {note}");
        db.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.PhaseChange, text));
        await db.SaveUnlessChangedAsync(cancellationToken);
        await PublishAsync(incident.Ref, IncidentChangeKind.PhaseMoved);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    public async Task<IncidentResponse> CommentAsync(string incidentRef, CommentRequest request, CancellationToken cancellationToken = default)
    {
        var text = IncidentDetails.Comment(request.Text);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken, tracking: false);
        EnsureVisible(incident, incidentRef);
        db.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.Comment, text));
        await db.SaveChangesAsync(cancellationToken);
        await PublishAsync(incident.Ref, IncidentChangeKind.Commented);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    /// <summary>Assigns the incident to an active person (by e-mail), or unassigns it with an empty value.</summary>
    public async Task<IncidentResponse> AssignAsync(string incidentRef, AssignRequest request, CancellationToken cancellationToken = default)
    {
        EnsureResponder();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken);
        db.ExpectToken(incident, request.ConcurrencyToken);
        string? assignee = null;
        if (!string.IsNullOrWhiteSpace(request.Assignee))
        {
            var email = request.Assignee.Trim();
            // Only people who can work incidents are assignable; anyone else could not open the page they are sent to.
            assignee = (await AssigneesAsync(cancellationToken)).FirstOrDefault(a => string.Equals(a, email, StringComparison.OrdinalIgnoreCase))
                ?? throw new ValidationFailedException("assignee", $"'{email}' cannot work incidents: assign an active administrator or security officer.");
        }

        if (assignee == incident.Assignee)
        {
            return await GetAsync(incident.Ref, cancellationToken);
        }

        incident.Assignee = assignee;
        db.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.Assignment, assignee is null ? "Unassigned." : $"Assigned to {assignee}."));
        await db.SaveUnlessChangedAsync(cancellationToken);
        await PublishAsync(incident.Ref, IncidentChangeKind.Assigned);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    /// <summary>Edits what the incident is (title, description, severity, category, Art. 73 status).</summary>
    public async Task<IncidentResponse> UpdateAsync(string incidentRef, IncidentEditRequest request, CancellationToken cancellationToken = default)
    {
        EnsureResponder();
        var errors = new FieldErrors();
        var details = IncidentDetails.Check(errors, request.Title, request.Description, request.Severity, request.Category, request.Reportable);
        errors.ThrowIfAny();
        var (title, description, severity, category, reportable) = details!;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken);
        db.ExpectToken(incident, request.ConcurrencyToken);
        if (incident.Title == title && incident.Description == description && incident.Severity == severity
            && incident.Category == category && incident.Reportable == reportable)
        {
            return await GetAsync(incident.Ref, cancellationToken);
        }

        var changes = new List<string>();
        if (incident.Severity != severity)
        {
            changes.Add($"severity {IncidentSeverities.Label(incident.Severity)} → {IncidentSeverities.Label(severity)}");
        }

        if (incident.Reportable != reportable)
        {
            changes.Add($"Art. 73 {incident.Reportable} → {reportable}");
            incident.ReportableSince = reportable == ReportableKind.None ? null : incident.ReportableSince ?? clock.GetUtcNow();
        }

        incident.Title = title;
        incident.Description = description;
        incident.Severity = severity;
        incident.Category = category;
        incident.Reportable = reportable;
        db.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.System, changes.Count == 0 ? "Details edited." : $"Details edited: {string.Join("; ", changes)}."));
        await db.SaveUnlessChangedAsync(cancellationToken);
        await PublishAsync(incident.Ref, IncidentChangeKind.DetailsEdited);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    /// <summary>
    /// Records that the Art. 73 report went to the market surveillance authority, with the reference it gave;
    /// that stops the report clock. Recording it again with the same details changes nothing (a double click, a
    /// retried call); with other details it is a correction, written to the timeline with what it replaced.
    /// </summary>
    public async Task<IncidentResponse> MarkReportedAsync(string incidentRef, ReportSentRequest request, CancellationToken cancellationToken = default)
    {
        EnsureResponder();
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken);
        if (incident.Reportable == ReportableKind.None)
        {
            throw new ConflictException($"{incident.Ref} is not marked reportable under Art. 73.");
        }

        var sentAt = request.SentAt ?? incident.ReportedAt ?? now;
        SeriousIncidentReport.CheckSent(request.AuthorityReference, sentAt, incident.DetectedAt, now).ThrowIfAny();
        var reference = request.AuthorityReference!.Trim();
        if (incident.ReportedAt == sentAt && incident.AuthorityReference == reference)
        {
            return await GetAsync(incident.Ref, cancellationToken);
        }

        var text = incident.ReportedAt is { } before
            ? $"Art. 73 report record corrected: sent {sentAt:yyyy-MM-dd HH:mm} UTC, authority reference {reference} (was {before:yyyy-MM-dd HH:mm} UTC, {incident.AuthorityReference ?? "no reference"})."
            : $"Serious-incident report sent to the market surveillance authority (Art. 73) at {sentAt:yyyy-MM-dd HH:mm} UTC; authority reference {reference}.";
        incident.ReportedAt = sentAt;
        incident.AuthorityReference = reference;
        db.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.Action, text));
        await db.SaveUnlessChangedAsync(cancellationToken);
        await PublishAsync(incident.Ref, IncidentChangeKind.ReportRecorded);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    /// <summary>
    /// Containment: rolls an affected model back with the model area's rollback and records it on the
    /// timeline in the same save. The deployment history carries the incident reference in its reason.
    /// </summary>
    public async Task<IncidentResponse> RollBackAffectedModelAsync(string incidentRef, IncidentRollbackRequest request, CancellationToken cancellationToken = default)
    {
        EnsureResponder();
        var errors = new FieldErrors();
        var reason = Core.Models.RollbackReason.Check(errors, request.Reason);
        errors.ThrowIfAny();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await FindAsync(db, incidentRef, cancellationToken, tracking: false);
        if (incident.Phase == IncidentPhase.Closed)
        {
            throw new ConflictException($"{incident.Ref} is closed; reopen it before acting on it.");
        }

        var affected = incident.AffectedModels.FirstOrDefault(a => a.ModelKey == request.Model)
            ?? throw new ValidationFailedException("model", $"'{request.Model}' is not an affected model of {incident.Ref}.");
        // The timeline line is saved with the rollback itself: one commit, so neither exists without the other.
        await deployments.RollbackAsync(
            affected.ModelKey,
            new RollbackRequest(request.Environment, $"{incident.Ref}: {reason}", request.ToVersion, request.ExpectedVersion),
            (modelsDb, done) => modelsDb.IncidentTimeline.Add(Entry(incident, TimelineEntryKind.Action, $"Rolled back {affected.ModelKey} in {done.Environment} to {done.Version}: {reason}")),
            cancellationToken);
        await PublishAsync(incident.Ref, IncidentChangeKind.ModelRolledBack);
        return await GetAsync(incident.Ref, cancellationToken);
    }

    /// <summary>
    /// People an incident can be assigned to: exactly those who can work it (move phases, contain, report), that
    /// is active administrators and security officers. Team leads and others help through comments.
    /// </summary>
    public async Task<IReadOnlyList<string>> AssigneesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string[] roles = [.. PermissionMatrix.Policies[PortalPolicies.ManageIncidents]];
        var people = await PeopleInRoles.Emails(db, roles).ToListAsync(cancellationToken);
        return [.. people.Order(StringComparer.OrdinalIgnoreCase)];
    }

    internal IncidentResponse ToResponse(Incident incident, IReadOnlyList<TimelineEntryResponse> timeline)
    {
        var now = clock.GetUtcNow();
        var clocks = incident.Clocks(policy, now);
        var targets = policy.For(incident.Severity);
        return new IncidentResponse(
            incident.Ref,
            incident.Title,
            incident.Description,
            incident.Severity,
            incident.Category,
            IncidentCategory.Describe(incident.Category),
            incident.Phase,
            [.. IncidentWorkflow.NextPhases(incident.Phase)],
            incident.DetectedAt,
            incident.Reporter,
            incident.Assignee,
            [.. incident.AffectedModels.OrderBy(a => a.ModelKey, StringComparer.Ordinal).Select(a => new AffectedModelResponse(a.ModelKey, a.Version))],
            new SlaTargetsResponse(targets.Acknowledge, targets.Contain, targets.Resolve),
            [.. clocks.Select(c => new SlaClockResponse(c.Name, c.DueAt, c.MetAt, c.TimeLeft, c.IsBreached, c.Status.ToString(),
                c.Name == SlaClockNames.Report ? incident.ReportableSince ?? incident.DetectedAt : incident.DetectedAt))],
            incident.Phase != IncidentPhase.Closed && clocks.Any(c => c.Status == SlaClockStatus.Breached),
            incident.Reportable,
            SeriousIncidentReport.DeadlineFor(incident.Reportable, incident.ReportableSince ?? incident.DetectedAt),
            incident.ReportedAt,
            incident.AuthorityReference,
            incident.RootCause,
            incident.LessonsLearned,
            timeline,
            incident.ConcurrencyToken);
    }

    internal static async Task<Incident> FindAsync(PortalDbContext db, string incidentRef, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = db.Incidents.Include(i => i.AffectedModels).AsQueryable();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var normalized = incidentRef.Trim().ToUpperInvariant();
        return await query.SingleOrDefaultAsync(i => i.Ref == normalized, cancellationToken)
            ?? throw new NotFoundException($"There is no incident {incidentRef}.");
    }

    /// <summary>
    /// Reporters who are not responders see only the incidents they reported; anything else reads as missing,
    /// so a reference number alone tells nobody that an incident exists.
    /// </summary>
    /// <summary>Responders see every incident; anyone else only those they reported (others read as not found).</summary>
    private void EnsureVisible(Incident incident, string incidentRef) =>
        guard.RequireVisible(PortalPolicies.ViewIncidents, incident.Reporter, $"There is no incident {incidentRef}.");

    /// <summary>Moving, assigning, editing and acting on incidents is for responders (administrators and officers).</summary>
    private void EnsureResponder() =>
        guard.Require(PortalPolicies.ManageIncidents, "Only administrators and security officers work incidents; add a comment to tell them more.");

    private IncidentTimelineEntry Entry(Incident incident, TimelineEntryKind kind, string text) => new()
    {
        IncidentId = incident.Id,
        OccurredAt = clock.GetUtcNow(),
        Actor = actor.Name,
        Kind = kind,
        Text = text.Length > IncidentDetails.MaxNoteLength ? text[..IncidentDetails.MaxNoteLength] : text,
    };

    private Task PublishAsync(string incidentRef, IncidentChangeKind kind)
    {
        var change = new IncidentChanged(incidentRef, actor.Name, kind);
        // Before anyone hears of the change: a page reloading on the event must not get yesterday's figures.
        if (change.ChangesListings)
        {
            metrics.Invalidate();
        }

        return events.PublishAsync(change);
    }
}
