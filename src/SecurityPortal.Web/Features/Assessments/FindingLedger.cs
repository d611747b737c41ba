using System.Globalization;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Writes what reconciliation decided for one batch into the context (saved by the caller, in one transaction):
/// new findings, reopened and resolved ones with a history line each, refreshed texts, and a model's score when it
/// differs from its latest. A finding that is simply seen again writes nothing.
/// </summary>
public sealed class FindingLedger(PortalDbContext db, AssessmentRun run, DateTimeOffset at, FindingDuePolicy duePolicy, string actor)
{
    public (int Opened, int Reopened, int Resolved) Apply(AssessmentBatch batch, IReadOnlyList<AssessmentRule> rules, IReadOnlyList<string> evaluated)
    {
        var (opened, reopened, resolved) = (0, 0, 0);
        foreach (var row in batch.Models)
        {
            var detected = AssessmentRules.Evaluate(row.Model, at, rules);
            var byKey = row.Findings.ToDictionary(f => f.Key);
            var changes = FindingReconciliation.Reconcile(row.Model.Key, row.Findings.Select(f => f.ToStored()), detected, evaluated, at);
            foreach (var finding in changes.Opened)
            {
                var added = Open(row, finding);
                byKey[added.Key] = added;
            }

            foreach (var reopening in changes.Reopened)
            {
                Reopen(byKey[reopening.Finding.KeyFor(row.Model.Key)], reopening);
            }

            foreach (var key in changes.Resolved)
            {
                Resolve(byKey[key]);
            }

            foreach (var finding in changes.Seen)
            {
                Refresh(byKey[finding.KeyFor(row.Model.Key)], finding);
            }

            opened += changes.Opened.Count;
            reopened += changes.Reopened.Count;
            resolved += changes.Resolved.Count;
            var score = ComplianceScore.ForModel(row.Model.RiskTier, byKey.Values.Select(f => f.ToStored()));
            if (score != row.LatestScore)
            {
                db.ModelScores.Add(new ModelScore { ModelId = row.ModelId, RunId = run.Id, RunNumber = run.Number, At = at, Score = score });
            }
        }

        return (opened, reopened, resolved);
    }

    private Finding Open(AssessedModelRow row, DetectedFinding detected)
    {
        var finding = new Finding
        {
            ModelId = row.ModelId,
            ModelKey = row.Model.Key,
            RuleKey = detected.RuleKey,
            Subject = detected.Subject,
            ControlCode = ControlOf(detected).Code,
            Practice = ControlOf(detected).Practice,
            Environment = detected.Environment,
            Severity = detected.Severity,
            Source = FindingSource.Assessment,
            Title = Fit(detected.Title, Finding.MaxTitleLength),
            Detail = Fit(detected.Detail, Finding.MaxDetailLength),
            DueAt = duePolicy.DueAt(detected.Severity, at),
            FirstSeenAt = at,
            LastSeenAt = at,
        };
        db.Findings.Add(finding);
        return finding;
    }

    private void Reopen(Finding finding, ReopenedFinding reopening)
    {
        Track(finding);
        var why = reopening.PreviousStatus == FindingStatus.RiskAccepted
            ? string.Create(CultureInfo.InvariantCulture, $"Reopened by assessment run {run.Number}: the risk acceptance ran out on {finding.RiskAcceptedUntil:yyyy-MM-dd}.")
            : string.Create(CultureInfo.InvariantCulture, $"Reopened by assessment run {run.Number}: the condition is back.");
        Refresh(finding, reopening.Finding);
        finding.Status = FindingStatus.Open;
        finding.DueAt = duePolicy.DueAt(finding.Severity, at);
        finding.LastSeenAt = at;
        finding.ResolvedAt = null;
        finding.ResolutionNote = null;
        finding.RiskRequestedBy = null;
        finding.RiskReason = null;
        finding.RiskAcceptedUntil = null;
        finding.RiskApprovedBy = null;
        History(finding, FindingEventKind.Reopened, why);
    }

    private void Resolve(Finding finding)
    {
        Track(finding);
        finding.Status = FindingStatus.Resolved;
        finding.ResolvedAt = at;
        finding.ResolutionNote = string.Create(CultureInfo.InvariantCulture, $"The condition was no longer found by assessment run {run.Number}.");
        History(finding, FindingEventKind.Resolved, finding.ResolutionNote);
    }

    /// <summary>A kept finding takes the latest severity and texts; the assignment is untouched.</summary>
    private void Refresh(Finding finding, DetectedFinding detected)
    {
        var control = ControlOf(detected);
        var title = Fit(detected.Title, Finding.MaxTitleLength);
        var detail = Fit(detected.Detail, Finding.MaxDetailLength);
        if (finding.Severity == detected.Severity && finding.Title == title && finding.Detail == detail
            && finding.ControlCode == control.Code && finding.Practice == control.Practice)
        {
            return;
        }

        Track(finding);
        if (finding.Severity != detected.Severity)
        {
            History(finding, FindingEventKind.SeverityChanged, $"Severity {finding.Severity} → {detected.Severity} (assessment run {run.Number.ToString(CultureInfo.InvariantCulture)}).");
            finding.Severity = detected.Severity;
        }

        finding.Title = title;
        finding.Detail = detail;
        finding.ControlCode = control.Code;
        finding.Practice = control.Practice;
    }

    /// <summary>Findings are read untracked; one about to change is attached first, so only its changed columns are saved.</summary>
    private void Track(Finding finding)
    {
        if (db.Entry(finding).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
        {
            db.Attach(finding);
        }
    }

    /// <summary>
    /// The control a finding is filed under. A finding about a control's own record (no evidence, not reviewed) is
    /// filed under that control, so the heatmap shows the gap in its practice rather than under the audit rule that
    /// noticed it; every other finding under the control its rule decides.
    /// </summary>
    private static SecurityControl ControlOf(DetectedFinding detected) =>
        ControlCatalogue.Find(detected.Subject) ?? ControlCatalogue.Find(detected.ControlCode)
        ?? throw new InvalidOperationException($"Rule {detected.RuleKey} names no catalogue control ({detected.ControlCode}).");

    private void History(Finding finding, FindingEventKind kind, string text) =>
        db.FindingEvents.Add(new FindingEvent { FindingId = finding.Id, OccurredAt = at, Actor = actor, Kind = kind, Text = text });

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
