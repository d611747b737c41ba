using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>
/// The audit workspace: answer checklist items, raise findings from failed ones, start from the last cycle's answers,
/// and sign off, which locks the audit. Every change reads the audit as stored now and rewrites its row, so a change
/// racing a sign-off meets its concurrency token, reads again and is refused as a change to a locked audit.
/// </summary>
public sealed class AuditDesk(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, AssessmentOptions assessment)
{
    private const string MayNotWork = "Only administrators and compliance officers can work on audits.";
    private const int MaxAttempts = 3;

    public async Task<AuditResponse> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewAudits, AuditBoard.MayNotView);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await AuditBoard.Rows(db).SingleOrDefaultAsync(r => r.Audit.Id == id, cancellationToken) ?? throw NotFound(id);
        var audit = row.Audit;
        var items = await db.AuditItems.AsNoTracking().Where(i => i.AuditId == id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var evidence = (await db.Evidence.AsNoTracking().Where(e => e.ModelId == audit.ModelId).OrderByDescending(e => e.CreatedAt).ToListAsync(cancellationToken))
            .ToLookup(e => e.ControlCode, StringComparer.OrdinalIgnoreCase);
        var findings = await db.Findings.AsNoTracking().Where(f => f.AuditId == id).OrderBy(f => f.ControlCode)
            .Select(f => new AuditFindingResponse(f.Id, f.ControlCode, f.Title, f.Severity, f.Status, f.DueAt))
            .ToListAsync(cancellationToken);
        var name = await db.Models.AsNoTracking().Where(m => m.Id == audit.ModelId).Select(m => m.Name).SingleAsync(cancellationToken);
        return new AuditResponse(
            audit.Id,
            new AuditPlanRef(audit.PlanId, row.Plan),
            new AuditModelRef(audit.ModelKey, name, row.Team),
            audit.StatusOn(DateOnly.FromDateTime(now.UtcDateTime)),
            audit.OpensOn,
            audit.DueOn,
            audit.LeadAuditor,
            audit.Answered,
            [.. items.Select(item => ToResponse(item, audit, evidence[item.ControlCode], now))],
            findings,
            audit.Conclusion,
            audit.SignedOffBy,
            audit.SignedOffAt,
            audit.StartedFromAuditId,
            audit.ConcurrencyToken);
    }

    /// <summary>Records Pass, Fail or NotApplicable (with a justification) for one control, with the evidence current now.</summary>
    public async Task<AuditResponse> AnswerAsync(Guid id, string controlCode, AuditItemRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageAudits, MayNotWork);
        var answer = AuditAnswer.Parse(request.Result, request.Note);
        await ChangeAsync(id, async (db, audit, now) =>
        {
            var item = await ItemAsync(db, audit, controlCode, cancellationToken);
            item.Result = answer.Result;
            item.Note = answer.Note;
            item.AnsweredBy = guard.Actor;
            item.AnsweredAt = now;
            item.EvidenceIds = string.Join(',', await CurrentEvidenceAsync(db, audit.ModelId, item.ControlCode, now, cancellationToken));
            audit.Answered = await db.AuditItems.CountAsync(i => i.AuditId == audit.Id && i.Id != item.Id && i.Result != null, cancellationToken) + 1;
            audit.Status = AuditStatus.InProgress;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Raises a finding from a failed item: source Audit, linked to the audit, the control and the model, due by the
    /// severity policy. One per item; the finding's identity makes a second attempt, even a racing one, a 409.
    /// </summary>
    public async Task<AuditResponse> RaiseFindingAsync(Guid id, AuditFindingRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageAudits, MayNotWork);
        var errors = new FieldErrors();
        var title = request.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add("title", "Give the finding a title.");
        }
        else if (title.Length > Finding.MaxTitleLength)
        {
            errors.Add("title", $"The title is at most {Finding.MaxTitleLength} characters.");
        }

        var severity = errors.Enum<FindingSeverity>("severity", request.Severity?.Trim());
        var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        if (description is { Length: > AuditFindings.MaxDescriptionLength })
        {
            errors.Add("description", $"The description is at most {AuditFindings.MaxDescriptionLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(request.ControlCode))
        {
            errors.Add("controlCode", "Name the failed item's control.");
        }

        errors.ThrowIfAny();
        await ChangeAsync(id, async (db, audit, now) =>
        {
            var item = await ItemAsync(db, audit, request.ControlCode!, cancellationToken);
            if (item.Result != AuditItemResult.Fail)
            {
                throw new ConflictException($"Only a failed item raises a finding; {item.ControlCode} is {(item.Result is { } r ? Labels.InSentence(r) : "not answered yet")}.");
            }

            if (item.FindingId is not null)
            {
                throw new ConflictException($"A finding was already raised from {item.ControlCode}.");
            }

            var control = ControlCatalogue.Find(item.ControlCode)!;
            var plan = await db.AuditPlans.AsNoTracking().Where(p => p.Id == audit.PlanId).Select(p => p.Title).SingleAsync(cancellationToken);
            var finding = AuditFindings.Raise(audit, item, control, plan, title, severity, description, assessment.DuePolicy, now);
            db.Findings.Add(finding);
            item.FindingId = finding.Id;
            // Rewriting the audit row serialises this with a sign-off.
            audit.Status = AuditStatus.InProgress;
            audit.ModifiedAt = now;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Copies the answers of the model's last signed-off audit into this one as a draft. Items whose facts changed
    /// since that sign-off (status, evidence, deployments, incidents) keep the last answer only as a reference and
    /// must be answered again; the rest carry the last answer over.
    /// </summary>
    public async Task<AuditResponse> StartFromLastCycleAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageAudits, MayNotWork);
        await ChangeAsync(id, async (db, audit, now) =>
        {
            if (audit.Answered > 0)
            {
                throw new ConflictException("This audit already has answers; start from the last cycle before answering anything.");
            }

            var previous = await db.Audits.AsNoTracking()
                .Where(a => a.ModelId == audit.ModelId && a.Id != audit.Id && a.Status == AuditStatus.SignedOff && a.DueOn < audit.DueOn)
                .OrderByDescending(a => a.PlanId == audit.PlanId).ThenByDescending(a => a.DueOn)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ConflictException($"{audit.ModelKey} has no earlier signed-off audit to start from.");
            var signedOffAt = previous.SignedOffAt!.Value;
            var earlier = await db.AuditItems.AsNoTracking().Where(i => i.AuditId == previous.Id).ToDictionaryAsync(i => i.ControlCode, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var items = await db.AuditItems.Where(i => i.AuditId == audit.Id).ToListAsync(cancellationToken);
            var facts = await FactsAsync(db, audit.ModelId, signedOffAt, cancellationToken);
            var changes = AuditChanges.Since(signedOffAt, now, items.Select(i => i.ControlCode), facts);
            foreach (var item in items)
            {
                if (!earlier.TryGetValue(item.ControlCode, out var last) || last.Result is null)
                {
                    continue;
                }

                item.PreviousResult = last.Result;
                item.PreviousNote = last.Note;
                if (changes.TryGetValue(item.ControlCode, out var why))
                {
                    item.ChangedSinceLastCycle = why;
                    continue;
                }

                item.Result = last.Result;
                item.Note = last.Note;
                item.AnsweredBy = guard.Actor;
                item.AnsweredAt = now;
                item.EvidenceIds = string.Join(',', await CurrentEvidenceAsync(db, audit.ModelId, item.ControlCode, now, cancellationToken));
            }

            audit.Answered = items.Count(i => i.Result is not null);
            audit.StartedFromAuditId = previous.Id;
            audit.Status = AuditStatus.InProgress;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Signs the audit off with a conclusion, once every item has an answer; from then on nothing in it changes.</summary>
    public async Task<AuditResponse> SignOffAsync(Guid id, AuditSignOffRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.SignOffAudits, "Only a compliance officer can sign an audit off.");
        var conclusion = request.Conclusion?.Trim() ?? string.Empty;
        if (conclusion.Length < Audit.MinConclusionLength)
        {
            throw new ValidationFailedException("conclusion", $"Write the conclusion (at least {Audit.MinConclusionLength} characters).");
        }

        if (conclusion.Length > Audit.MaxConclusionLength)
        {
            throw new ValidationFailedException("conclusion", $"The conclusion is at most {Audit.MaxConclusionLength} characters.");
        }

        await ChangeAsync(id, async (db, audit, now) =>
        {
            var open = await db.AuditItems.AsNoTracking().Where(i => i.AuditId == audit.Id && i.Result == null).OrderBy(i => i.Position).Select(i => i.ControlCode).ToListAsync(cancellationToken);
            if (open.Count > 0)
            {
                throw new ConflictException($"Every item needs an answer before sign-off; {open.Count} still open: {string.Join(", ", open.Take(10))}{(open.Count > 10 ? ", …" : string.Empty)}.");
            }

            audit.Status = AuditStatus.SignedOff;
            audit.Conclusion = conclusion;
            audit.SignedOffBy = guard.Actor;
            audit.SignedOffAt = now;
            if (!string.Equals(audit.LeadAuditor, guard.Actor, StringComparison.OrdinalIgnoreCase))
            {
                db.Notifications.Add(PortalNotification.For(NotificationKind.General, audit.LeadAuditor, $"Audit signed off: {audit.ModelKey}", $"{guard.Actor} signed off the audit due {audit.DueOn:yyyy-MM-dd}: {conclusion}", $"/audits/{audit.Id}", now));
            }
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Loads the audit as stored now, refuses a locked one, applies <paramref name="change"/> and saves. A concurrent
    /// change to the audit row (another answer, a sign-off) fails the save; nothing of it was kept, so it is tried
    /// again on a fresh read, which refuses it if the audit has been signed off meanwhile.
    /// </summary>
    private async Task ChangeAsync(Guid id, Func<PortalDbContext, Audit, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var audit = await db.Audits.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id);
            audit.EnsureOpen();
            await change(db, audit, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                throw new ConflictException("Someone else made the same change a moment ago; reload to see it.", ex);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new ConflictException(ConflictException.ChangedBySomeoneElse, ex);
            }
        }
    }

    private static async Task<AuditItem> ItemAsync(PortalDbContext db, Audit audit, string controlCode, CancellationToken cancellationToken)
    {
        var code = ControlCatalogue.Find(controlCode)?.Code ?? throw new NotFoundException($"'{controlCode}' is not a control of the catalogue.");
        return await db.AuditItems.SingleOrDefaultAsync(i => i.AuditId == audit.Id && i.ControlCode == code, cancellationToken)
            ?? throw new NotFoundException($"{code} is not on this audit's checklist.");
    }

    private static async Task<List<Guid>> CurrentEvidenceAsync(PortalDbContext db, Guid modelId, string controlCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Evidence.AsNoTracking()
            .Where(e => e.ModelId == modelId && e.ControlCode == controlCode && (e.ExpiresAt == null || e.ExpiresAt >= now))
            .OrderBy(e => e.CreatedAt).Select(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>What happened on the model since <paramref name="since"/>, for <see cref="AuditChanges.Since"/>.</summary>
    private static async Task<AuditFacts> FactsAsync(PortalDbContext db, Guid modelId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var statuses = await db.ControlStatuses.AsNoTracking().Where(s => s.ModelId == modelId && s.ReviewedAt > since)
            .Select(s => new { s.ControlCode, s.ReviewedAt }).ToListAsync(cancellationToken);
        var added = await db.Evidence.AsNoTracking().Where(e => e.ModelId == modelId && e.CreatedAt > since)
            .Select(e => new { e.ControlCode, e.CreatedAt }).ToListAsync(cancellationToken);
        var expiring = await db.Evidence.AsNoTracking().Where(e => e.ModelId == modelId && e.ExpiresAt > since)
            .Select(e => new { e.ControlCode, ExpiresAt = e.ExpiresAt!.Value }).ToListAsync(cancellationToken);
        var deployments = await db.DeploymentEvents.AsNoTracking().Where(d => d.ModelId == modelId && d.OccurredAt > since).Select(d => d.OccurredAt).ToListAsync(cancellationToken);
        var incidents = await (from affected in db.IncidentAffectedModels.AsNoTracking()
                               join incident in db.Incidents.AsNoTracking() on affected.IncidentId equals incident.Id
                               where affected.ModelId == modelId && incident.CreatedAt > since
                               select incident.CreatedAt).ToListAsync(cancellationToken);
        return new AuditFacts
        {
            StatusChanges = [.. statuses.Select(s => (s.ControlCode, s.ReviewedAt))],
            EvidenceAdded = [.. added.Select(e => (e.ControlCode, e.CreatedAt))],
            EvidenceExpiries = [.. expiring.Select(e => (e.ControlCode, e.ExpiresAt))],
            Deployments = deployments,
            Incidents = incidents,
        };
    }

    private static AuditItemResponse ToResponse(AuditItem item, Audit audit, IEnumerable<ControlEvidence> evidence, DateTimeOffset now)
    {
        var control = ControlCatalogue.Find(item.ControlCode);
        // A signed-off audit shows the evidence it was judged on; an open one, the model's current evidence.
        var judged = item.Evidence.ToHashSet();
        var shown = audit.IsSignedOff ? evidence.Where(e => judged.Contains(e.Id)) : evidence.Where(e => e.IsCurrentAt(now));
        return new AuditItemResponse(
            item.ControlCode, control?.Title ?? item.ControlCode, control?.Practice ?? default, item.Result, item.Note, item.AnsweredBy, item.AnsweredAt,
            item.PreviousResult, item.PreviousNote, item.ChangedSinceLastCycle, item.FindingId, [.. shown.Select(e => ModelControls.ToResponse(e, now))]);
    }

    private static NotFoundException NotFound(Guid id) => new($"There is no audit {id}.");
}
