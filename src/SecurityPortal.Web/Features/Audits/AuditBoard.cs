using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>The audits list, a model's last and next audit, and the dashboard's figures: read-only, for those who may see audits.</summary>
public sealed class AuditBoard(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard)
{
    public const int MaxPageSize = 200;
    internal const string MayNotView = "Only administrators, security officers and compliance officers can see audits.";

    /// <summary>Checks filters that arrive by name; an unknown status is a field error.</summary>
    public static AuditQuery Parse(AuditListFilter filter)
    {
        var errors = new FieldErrors();
        AuditStatus? status = string.IsNullOrWhiteSpace(filter.Status) ? null : errors.Enum<AuditStatus>("status", filter.Status.Trim());
        if (filter.DueFrom is { } from && filter.DueBefore is { } before && before < from)
        {
            errors.Add("dueBefore", "The end of the due-date range comes before its start.");
        }

        errors.ThrowIfAny();
        return new AuditQuery(status, Trimmed(filter.Model), filter.Plan, Trimmed(filter.Team), Trimmed(filter.Auditor), filter.DueBefore, filter.DueFrom);
    }

    /// <summary>One page: overdue and soonest due first, signed-off audits last with the latest sign-off first.</summary>
    public async Task<ListPage<AuditRow>> ListAsync(AuditQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, MayNotView);
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, MaxPageSize);
        errors.ThrowIfAny();
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Filtered(Rows(db), query, today);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows
            .OrderBy(r => r.Audit.Status == AuditStatus.SignedOff)
            .ThenByDescending(r => r.Audit.Status == AuditStatus.SignedOff ? r.Audit.DueOn : DateOnly.MinValue)
            .ThenBy(r => r.Audit.DueOn)
            .ThenBy(r => r.Audit.ModelKey)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ListPage<AuditRow>([.. items.Select(r => r.ToRow(today))], total, page, pageSize);
    }

    /// <summary>The model's latest signed-off audit and the next one still to sign off, soonest due first.</summary>
    public async Task<ModelAuditSummary> ForModelAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, MayNotView);
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Rows(db).Where(r => r.Audit.ModelKey == modelKey);
        var last = await rows.Where(r => r.Audit.Status == AuditStatus.SignedOff).OrderByDescending(r => r.Audit.SignedOffAt).FirstOrDefaultAsync(cancellationToken);
        var next = await rows.Where(r => r.Audit.Status != AuditStatus.SignedOff).OrderBy(r => r.Audit.DueOn).FirstOrDefaultAsync(cancellationToken);
        return new ModelAuditSummary(last?.ToRow(today), next?.ToRow(today));
    }

    /// <summary>Overdue, due by the end of this month, and in progress, for the dashboard.</summary>
    public async Task<AuditFigures> FiguresAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, MayNotView);
        var today = Today;
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.Audits.AsNoTracking().Where(a => a.Status != AuditStatus.SignedOff);
        var overdue = await open.CountAsync(a => a.DueOn < today, cancellationToken);
        var dueThisMonth = await open.CountAsync(a => a.DueOn >= today && a.DueOn <= monthEnd, cancellationToken);
        var inProgress = await open.CountAsync(a => a.Status == AuditStatus.InProgress && a.DueOn >= today, cancellationToken);
        return new AuditFigures(overdue, dueThisMonth, inProgress, today, monthEnd);
    }

    internal DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal static IQueryable<AuditListRow> Rows(PortalDbContext db) =>
        from audit in db.Audits.AsNoTracking()
        join plan in db.AuditPlans.AsNoTracking() on audit.PlanId equals plan.Id
        join model in db.Models.AsNoTracking() on audit.ModelId equals model.Id
        join team in db.Teams.AsNoTracking() on model.OwnerTeamId equals team.Id
        select new AuditListRow { Audit = audit, Plan = plan.Title, ModelName = model.Name, Team = team.Name, Findings = db.Findings.Count(f => f.AuditId == audit.Id) };

    private static IQueryable<AuditListRow> Filtered(IQueryable<AuditListRow> rows, AuditQuery query, DateOnly today)
    {
        rows = query.Status switch
        {
            AuditStatus.Overdue => rows.Where(r => r.Audit.Status != AuditStatus.SignedOff && r.Audit.DueOn < today),
            AuditStatus.SignedOff => rows.Where(r => r.Audit.Status == AuditStatus.SignedOff),
            { } status => rows.Where(r => r.Audit.Status == status && r.Audit.DueOn >= today),
            null => rows,
        };
        if (query.Model is { } model)
        {
            rows = rows.Where(r => r.Audit.ModelKey == model);
        }

        if (query.Plan is { } plan)
        {
            rows = rows.Where(r => r.Audit.PlanId == plan);
        }

        if (query.Team is { } team)
        {
            rows = rows.Where(r => r.Team == team);
        }

        if (query.Auditor is { } auditor)
        {
            rows = rows.Where(r => r.Audit.LeadAuditor == auditor);
        }

        if (query.DueFrom is { } from)
        {
            rows = rows.Where(r => r.Audit.DueOn >= from);
        }

        if (query.DueBefore is { } before)
        {
            rows = rows.Where(r => r.Audit.DueOn <= before);
        }

        return rows;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// An audit with what its list row shows from the plan, the model and the findings. Built by member initialisation,
/// not a constructor, so that EF can still filter and sort on its members after projecting.
/// </summary>
internal sealed class AuditListRow
{
    public required Audit Audit { get; init; }

    public required string Plan { get; init; }

    public required string ModelName { get; init; }

    public required string Team { get; init; }

    public int Findings { get; init; }

    public AuditRow ToRow(DateOnly today) => new(
        Audit.Id, Audit.PlanId, Plan, Audit.ModelKey, ModelName, Team, Audit.LeadAuditor, Audit.StatusOn(today), Audit.OpensOn, Audit.DueOn,
        Audit.Answered, Audit.ItemCount, Findings, Audit.SignedOffBy, Audit.SignedOffAt);
}
