using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// An open SEV1 or SEV2 incident past one of its response clocks (<see cref="AssessmentRuleKey.IncidentSlaBreached"/>).
/// High, whatever the incident's own severity: the finding is about the response falling behind, which the
/// escalation job has already flagged to the security officer. SEV3 and SEV4 breaches stay with escalation alone,
/// so the score reflects the incidents that matter.
/// </summary>
public sealed class IncidentSlaBreachedRule() : AssessmentRule(AssessmentRuleKey.IncidentSlaBreached)
{
    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at) =>
        AppliesTo(model, null)
            ? model.OpenIncidents
                .Where(incident => (incident.Severity is IncidentSeverity.Sev1 or IncidentSeverity.Sev2) && incident.IsSlaBreached)
                .Select(Describe)
            : [];

    private DetectedFinding Describe(AssessedIncident incident)
    {
        var subject = FindingSubject.Incident(incident.Ref);
        var severity = IncidentSeverities.Label(incident.Severity);
        var clocks = string.Join(", ", incident.BreachedClocks).ToLowerInvariant();
        return Finding(
            FindingSeverity.High,
            null,
            subject,
            $"{severity} incident {subject} past its SLA",
            $"{severity} incident {subject} has run past its {clocks} target. {ControlReference}");
    }
}
