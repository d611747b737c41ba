using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Common;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.AuditLog;

/// <summary>
/// Reading the audit log: a filtered, server-side paged view, newest first, each entry with its field-level changes,
/// and the CSV of the same view. Administrators and compliance officers only, read-only: nothing here writes.
/// </summary>
public sealed class AuditLogBrowser(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard)
{
    public const int MaxPageSize = 200;

    /// <summary>The most rows one CSV holds; a wider view is narrowed by its filters first.</summary>
    public const int MaxCsvRows = 100_000;

    public const string MayNotView = "Only administrators and compliance officers can read the audit log.";

    /// <summary>The verbs every entry's action ends with.</summary>
    public static readonly IReadOnlyList<string> Actions = ["Created", "Updated", "Deleted"];

    /// <summary>Checks filters that arrive as text (the address, the API); a bad one is a field error and nothing is read.</summary>
    public static AuditLogQuery Parse(string? actor, string? entityType, string? entityId, string? action, string? from, string? to)
    {
        var errors = new FieldErrors();
        var verb = Trimmed(action);
        if (verb is not null && !Actions.Contains(verb, StringComparer.Ordinal))
        {
            errors.Add("action", $"The action is one of {string.Join(", ", Actions)}.");
        }

        var fromDay = Day(errors, "from", from);
        var toDay = Day(errors, "to", to);
        if (fromDay is { } start && toDay is { } end && end < start)
        {
            errors.Add("to", "The range ends before it starts.");
        }

        errors.ThrowIfAny();
        return new AuditLogQuery(Trimmed(actor), Trimmed(entityType), Trimmed(entityId), verb, fromDay, toDay);
    }

    public async Task<ListPage<AuditLogRow>> ListAsync(AuditLogQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAuditLog, MayNotView);
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, MaxPageSize);
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = Filtered(db, query);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Sequence)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ListPage<AuditLogRow>([.. items.Select(AuditLogRow.Of)], total, page, pageSize);
    }

    /// <summary>The entity types the log holds, for the filter.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAuditLog, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditLog.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The filtered view as CSV, oldest first (the order an auditor reads a trail in), with the changes as their JSON
    /// and each entry's hash so the file can be checked against the chain later.
    /// </summary>
    public async Task<string> CsvAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAuditLog, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = Filtered(db, query);
        var total = await entries.CountAsync(cancellationToken);
        if (total > MaxCsvRows)
        {
            throw new ValidationFailedException("from", $"The view holds {total:N0} entries; narrow it to at most {MaxCsvRows:N0} (a shorter time range, a person or an entity type).");
        }

        var csv = new StringBuilder();
        csv.AppendLine(Csv.Line(["sequence", "occurred_at", "actor", "action", "entity_type", "entity_id", "correlation_id", "changes", "hash"]));
        await foreach (var e in entries.OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.AppendLine(Csv.Line([
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.OccurredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                e.Actor, e.Action, e.EntityType, e.EntityId, e.CorrelationId, e.Changes, e.Hash,
            ]));
        }

        return csv.ToString();
    }

    private static IQueryable<AuditLogEntry> Filtered(PortalDbContext db, AuditLogQuery query)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (query.Actor is { } actor)
        {
            entries = entries.Where(e => e.Actor.StartsWith(actor));
        }

        if (query.EntityType is { } type)
        {
            entries = entries.Where(e => e.EntityType == type);
        }

        if (query.EntityId is { } id)
        {
            entries = entries.Where(e => e.EntityId == id);
        }

        if (query.Action is { } verb)
        {
            var suffix = "." + verb;
            entries = entries.Where(e => e.Action.EndsWith(suffix));
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.OccurredAt < end);
        }

        return entries;
    }

    private static DateOnly? Day(FieldErrors errors, string field, string? text)
    {
        if (Trimmed(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, $"'{value}' is not a day like 2026-12-01.");
        return null;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One audit-log entry as the viewer shows it: who, what, when, and each field before and after.</summary>
public sealed record AuditLogRow(
    long Sequence, DateTimeOffset OccurredAt, string Actor, string Action, string EntityType, string EntityId, string? CorrelationId,
    IReadOnlyList<AuditFieldChange> Changes)
{
    public static AuditLogRow Of(AuditLogEntry e) =>
        new(e.Sequence, e.OccurredAt, e.Actor, e.Action, e.EntityType, e.EntityId, e.CorrelationId, AuditChangeDiff.Of(e.Action, e.Changes));
}
