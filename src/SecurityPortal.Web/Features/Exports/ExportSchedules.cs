using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Exports.Reports;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Export schedules: made, paused and resumed by those who may export. A schedule's report and parameters are checked
/// as its maker when it is made; its recipients must be people who may open exports, since the message links to one.
/// </summary>
public sealed class ExportSchedules(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, ExportReports reports)
{
    private static readonly string[] ExportRoles = [PortalRoles.Administrator, PortalRoles.SecurityOfficer, PortalRoles.ComplianceOfficer];

    public async Task<IReadOnlyList<ExportScheduleResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewExports, ExportDesk.MayNotExport);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedules = await db.ExportSchedules.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var ids = schedules.Select(s => (Guid?)s.Id).ToList();
        var last = (await db.Exports.AsNoTracking().Where(e => ids.Contains(e.ScheduleId))
                .Select(e => new { e.ScheduleId, e.Id, e.Period, e.RequestedAt }).ToListAsync(cancellationToken))
            .GroupBy(e => e.ScheduleId!.Value).ToDictionary(g => g.Key, g => g.MaxBy(e => e.RequestedAt)!);
        var today = Today;
        return [.. schedules.Select(s => ToResponse(s, today, last.TryGetValue(s.Id, out var l) ? (l.Id, l.Period) : null))];
    }

    /// <summary>Who can receive scheduled exports: active people who may open them.</summary>
    public async Task<IReadOnlyList<string>> PossibleRecipientsAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewExports, ExportDesk.MayNotExport);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MayOpenExports(db).Select(u => u.Email!).OrderBy(e => e).ToListAsync(cancellationToken);
    }

    private static IQueryable<Data.Identity.PortalUser> MayOpenExports(PortalDbContext db) =>
        db.Users.AsNoTracking().Where(u => u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && ExportRoles.Contains(r.Name!))));

    public async Task<ExportScheduleResponse> CreateAsync(NewExportScheduleRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewExports, ExportDesk.MayNotExport);
        var errors = new FieldErrors();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > ExportSchedule.MaxNameLength)
        {
            errors.Add("name", $"Give the schedule a name of at most {ExportSchedule.MaxNameLength} characters.");
        }

        var kind = errors.Enum<ExportKind>("kind", request.Kind?.Trim());
        var cadence = errors.Enum<ExportCadence>("cadence", request.Cadence?.Trim());
        if (request.DayOfMonth is not (>= 1 and <= ExportSchedule.LatestDayOfMonth))
        {
            errors.Add("dayOfMonth", $"Choose a day from 1 to {ExportSchedule.LatestDayOfMonth}, so every month has it.");
        }

        var recipients = (request.Recipients ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count is 0 or > ExportSchedule.MaxRecipients)
        {
            errors.Add("recipients", $"Name from 1 to {ExportSchedule.MaxRecipients} recipients.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!errors.Has("recipients"))
        {
            // Compared as Identity normalises them, so the case someone types an address in does not matter.
            var normalised = recipients.Select(r => r.ToUpperInvariant()).ToList();
            var found = await MayOpenExports(db).Where(u => normalised.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync(cancellationToken);
            var refused = recipients.Where(r => !found.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
            recipients = found;
            if (refused.Count > 0)
            {
                errors.Add("recipients", $"Not people who may open exports: {string.Join(", ", refused)}.");
            }
        }

        if (!errors.Has("name") && await db.ExportSchedules.AnyAsync(s => s.Name == name, cancellationToken))
        {
            errors.Add("name", $"There is already a schedule called '{name}'.");
        }

        if (!errors.Has("kind") && !reports.Has(kind))
        {
            errors.Add("kind", $"'{request.Kind}' reports cannot be scheduled here.");
        }

        errors.ThrowIfAny();

        // The report checks its parameters, and that its maker may see the subject, as a request for it would.
        var subject = await reports.For(kind).ResolveAsync(request.Parameters, cancellationToken);
        var schedule = new ExportSchedule
        {
            Name = name,
            Kind = kind,
            Parameters = subject.Parameters,
            Cadence = cadence,
            DayOfMonth = request.DayOfMonth!.Value,
            Recipients = string.Join(",", recipients),
        };
        db.ExportSchedules.Add(schedule);
        await db.SaveOrConflictAsync($"There is already a schedule called '{name}'.", cancellationToken);
        return ToResponse(schedule, Today, null);
    }

    /// <summary>Pauses or resumes a schedule; <paramref name="seen"/> is the token it was read with, so a stale page cannot undo a newer change.</summary>
    public async Task<ExportScheduleResponse> SetActiveAsync(Guid id, bool active, Guid seen, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewExports, ExportDesk.MayNotExport);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = await db.ExportSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no export schedule {id}.");
        if (schedule.ConcurrencyToken != seen)
        {
            throw new ConflictException(ConflictException.ChangedBySomeoneElse);
        }

        schedule.Active = active;
        await db.SaveUnlessChangedAsync(cancellationToken);
        return ToResponse(schedule, Today, null);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static ExportScheduleResponse ToResponse(ExportSchedule s, DateOnly today, (Guid Id, string? Period)? last) => new(
        s.Id,
        s.Name,
        s.Kind,
        Labels.Of(s.Kind),
        s.Cadence,
        s.DayOfMonth,
        s.RecipientList,
        s.Active,
        s.NextRun(today),
        s.CreatedBy,
        last?.Id,
        last?.Period,
        s.ConcurrencyToken);
}
