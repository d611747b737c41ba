using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>The incidents list and the response-time metrics.</summary>
public sealed class IncidentBoard(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, SlaPolicy policy, CurrentActor actor, AccessGuard guard, IncidentMetricsCache metrics)
{
    /// <summary>
    /// One page of incidents, newest first. Breach status depends on the clock, not on a stored column,
    /// so the other filters run in SQL and the breach filter on the rows they leave.
    /// </summary>
    /// <summary>Checks filters that arrive by name (the API); an unknown severity or phase is a field error.</summary>
    public static IncidentListQuery Parse(IncidentListFilter filter)
    {
        var errors = new FieldErrors();
        IncidentSeverity? severity = string.IsNullOrWhiteSpace(filter.Severity) ? null : IncidentSeverities.Parse(errors, "severity", filter.Severity.Trim());
        IncidentPhase? phase = string.IsNullOrWhiteSpace(filter.Phase) ? null : errors.Enum<IncidentPhase>("phase", filter.Phase.Trim());
        errors.ThrowIfAny();
        return new IncidentListQuery(severity, phase, filter.Assignee, filter.Model, filter.Breached, filter.OpenOnly, filter.Search, filter.ReportDue);
    }

    public async Task<ListPage<IncidentRow>> ListAsync(IncidentListQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, IncidentDesk.MaxPageSize);
        errors.ThrowIfAny();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incidents = db.Incidents.AsNoTracking().Include(i => i.AffectedModels).AsQueryable();
        if (!actor.Allows(PortalPolicies.ViewIncidents))
        {
            // Reporters who are not responders follow the incidents they reported, and no others.
            var me = actor.Name;
            incidents = incidents.Where(i => i.Reporter == me);
        }

        if (query.Severity is { } s)
        {
            incidents = incidents.Where(i => i.Severity == s);
        }

        if (query.Phase is { } p)
        {
            incidents = incidents.Where(i => i.Phase == p);
        }
        else if (query.OpenOnly)
        {
            incidents = incidents.Where(i => i.Phase != IncidentPhase.Closed);
        }

        if (query.ReportDue)
        {
            // Owed to the authority under Art. 73 and not yet sent: closed incidents can still owe one.
            incidents = incidents.Where(i => i.Reportable != ReportableKind.None && i.ReportedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Assignee))
        {
            incidents = query.Assignee == "-"
                ? incidents.Where(i => i.Assignee == null)
                : incidents.Where(i => i.Assignee == query.Assignee);
        }

        if (!string.IsNullOrWhiteSpace(query.Model))
        {
            incidents = incidents.Where(i => i.AffectedModels.Any(a => a.ModelKey == query.Model));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Data.Setup.LikePattern.Containing(query.Search);
            incidents = incidents.Where(i => EF.Functions.Like(i.Title, pattern, Data.Setup.LikePattern.EscapeCharacter)
                || EF.Functions.Like(i.Ref, pattern, Data.Setup.LikePattern.EscapeCharacter));
        }

        incidents = incidents.OrderByDescending(i => i.DetectedAt).ThenByDescending(i => i.Number);
        var now = clock.GetUtcNow();
        if (query.Breached is null)
        {
            var total = await incidents.CountAsync(cancellationToken);
            var rows = await incidents.Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
            return new ListPage<IncidentRow>([.. rows.Select(i => ToRow(i, now))], total, page, pageSize);
        }

        var all = (await incidents.ToListAsync(cancellationToken)).Select(i => ToRow(i, now)).Where(r => r.Breached == query.Breached).ToList();
        return new ListPage<IncidentRow>([.. all.Skip(Paging.Skip(page, pageSize)).Take(pageSize)], all.Count, page, pageSize);
    }

    /// <summary>Mean times to acknowledge, contain and resolve per severity and per model, and a weekly trend.</summary>
    public async Task<IncidentMetricsResponse> MetricsAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewIncidents, "The organisation's incident figures are for administrators, officers, team leads and compliance officers.");
        return await metrics.GetAsync().WaitAsync(cancellationToken);
    }

    /// <summary>The figures themselves, read from the database; <see cref="IncidentMetricsCache"/> shares them per node.</summary>
    public async Task<IncidentMetricsResponse> ComputeMetricsAsync(int weeks = 12, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var from = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7 * (weeks - 1));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only the milestones and model keys of every incident (no titles or descriptions), and whole
        // rows only for the open ones, whose clocks need them: the metrics read the whole history.
        var rows = await db.Incidents.AsNoTracking()
            .Select(i => new { i.Id, i.Severity, i.DetectedAt, i.AcknowledgedAt, i.ContainedAt, i.ResolvedAt })
            .ToListAsync(cancellationToken);
        var models = (await db.IncidentAffectedModels.AsNoTracking().Select(a => new { a.IncidentId, a.ModelKey }).ToListAsync(cancellationToken))
            .ToLookup(a => a.IncidentId, a => (string?)a.ModelKey);
        var open = await db.Incidents.AsNoTracking().Where(i => i.Phase != IncidentPhase.Closed).ToListAsync(cancellationToken);
        // An incident affecting two models counts for each model, once for everything else.
        var handled = rows.SelectMany(i => (models.Contains(i.Id) ? models[i.Id] : [null])
            .Select(model => new HandledIncident(i.Severity, model, i.DetectedAt, i.AcknowledgedAt, i.ContainedAt, i.ResolvedAt))).ToList();
        var once = rows.Select(i => new HandledIncident(i.Severity, null, i.DetectedAt, i.AcknowledgedAt, i.ContainedAt, i.ResolvedAt)).ToList();
        return new IncidentMetricsResponse(
            [.. IncidentMetrics.BySeverity(once).OrderBy(e => e.Key).Select(e => new ResponseTimesRow(IncidentSeverities.Label(e.Key), e.Value))],
            [.. IncidentMetrics.ByModel(handled).OrderByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => new ResponseTimesRow(e.Key, e.Value))],
            IncidentMetrics.WeeklyTrend(once, from, DateOnly.FromDateTime(now.UtcDateTime)),
            open.Count,
            open.Count(i => i.Clocks(policy, now).Any(c => c.Status == SlaClockStatus.Breached)));
    }

    /// <summary>
    /// What needs attention now: open incidents, those breaching SLA, Art. 73 reports not yet made,
    /// the caller's own, and the few most urgent (breached first, then the worst, then the next due).
    /// </summary>
    public async Task<IncidentOverview> OverviewAsync(string? me, int urgent = 5, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A closed incident can still owe its Art. 73 report, so those are read too.
        var rows = await db.Incidents.AsNoTracking().Include(i => i.AffectedModels)
            .Where(i => i.Phase != IncidentPhase.Closed || (i.Reportable != ReportableKind.None && i.ReportedAt == null))
            .ToListAsync(cancellationToken);
        var open = rows.Where(i => i.Phase != IncidentPhase.Closed).Select(i => (Incident: i, Row: ToRow(i, now))).ToList();
        return new IncidentOverview(
            open.Count,
            open.Count(o => o.Row.Breached),
            open.Count(o => o.Incident.Severity is IncidentSeverity.Sev1 or IncidentSeverity.Sev2),
            rows.Count(i => i.Reportable != ReportableKind.None && i.ReportedAt is null),
            me is null ? 0 : open.Count(o => string.Equals(o.Incident.Assignee, me, StringComparison.Ordinal)), // as the list's "my incidents"
            [.. open
                .OrderByDescending(o => o.Row.Breached)
                .ThenBy(o => o.Incident.Severity)
                .ThenBy(o => o.Row.NextDueAt ?? DateTimeOffset.MaxValue)
                .Take(urgent)
                .Select(o => o.Row)]);
    }

    private IncidentRow ToRow(Incident incident, DateTimeOffset now)
    {
        var clocks = incident.Clocks(policy, now);
        var open = incident.Phase != IncidentPhase.Closed;
        var next = open ? clocks.Where(c => c.MetAt is null).OrderBy(c => c.DueAt).FirstOrDefault() : null;
        return new IncidentRow(
            incident.Ref,
            incident.Title,
            incident.Severity,
            incident.Phase,
            incident.Assignee,
            [.. incident.AffectedModels.Select(a => a.ModelKey).Order(StringComparer.Ordinal)],
            incident.DetectedAt,
            open && clocks.Any(c => c.Status == SlaClockStatus.Breached),
            next?.Name,
            next?.DueAt,
            incident.Reportable);
    }
}

public sealed record ResponseTimesRow(string Label, ResponseTimes Times);

public sealed record IncidentMetricsResponse(
    IReadOnlyList<ResponseTimesRow> BySeverity,
    IReadOnlyList<ResponseTimesRow> ByModel,
    IReadOnlyList<IncidentWeek> Trend,
    int Open,
    int Breached);

public sealed record IncidentOverview(int Open, int Breached, int OpenSev1OrSev2, int ReportsDue, int AssignedToMe, IReadOnlyList<IncidentRow> MostUrgent);
