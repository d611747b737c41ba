using System.Globalization;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// An audit of the model is past its due date: Medium, High for high-risk and prohibited models. One finding per plan,
/// so the same plan overdue again next cycle reopens the same finding, and signing the audit off resolves it.
/// The overdue audits are loaded once per run and handed in, keyed by model key.
/// </summary>
public sealed class AuditOverdueRule(IReadOnlyDictionary<string, IReadOnlyList<OverdueAudit>> overdueByModel)
    : AssessmentRule(AssessmentRuleKey.AuditOverdue)
{
    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at)
    {
        if (!AppliesTo(model, null) || !overdueByModel.TryGetValue(model.Key, out var overdue))
        {
            yield break;
        }

        var severity = model.RiskTier is RiskTier.HighRisk or RiskTier.Prohibited ? FindingSeverity.High : FindingSeverity.Medium;
        foreach (var audit in overdue.DistinctBy(a => a.PlanId).OrderBy(a => a.DueOn))
        {
            var due = audit.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return Finding(
                severity,
                null,
                FindingSubject.AuditPlan(audit.PlanId),
                $"Audit overdue: {audit.PlanTitle}",
                $"The audit \"{audit.PlanTitle}\" of {model.Name} was due on {due} and is not signed off. {ControlReference}");
        }
    }
}
