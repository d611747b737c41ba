using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// A control marked Implemented with no current evidence (<see cref="AssessmentRuleKey.EvidenceMissing"/>). Medium:
/// the control may well be met, but an auditor could not tell. Only attested controls are checked; an automatic
/// control's evidence is its own rule's outcome. A control that does not apply to the model's tier is skipped:
/// a claim about something out of scope needs no proof.
/// </summary>
public sealed class EvidenceMissingRule() : AssessmentRule(AssessmentRuleKey.EvidenceMissing)
{
    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at)
    {
        if (!AppliesTo(model, null))
        {
            yield break;
        }

        foreach (var status in model.Controls)
        {
            if (status is not { Status: ControlImplementation.Implemented, HasCurrentEvidence: false }
                || ControlCatalogue.Find(status.ControlCode) is not { Check: ControlCheck.Attested } control
                || !control.AppliesTo(model.RiskTier, null))
            {
                continue;
            }

            var subject = FindingSubject.Control(control);
            yield return Finding(
                FindingSeverity.Medium,
                null,
                subject,
                $"{subject} marked implemented without current evidence",
                $"{subject} ({control.Title}) is marked Implemented, but none of its evidence is current: attach evidence that has not expired, or change the status. {ControlReference}");
        }
    }
}
