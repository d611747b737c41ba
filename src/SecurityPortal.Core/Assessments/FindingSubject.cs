using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// How a finding names what it is about. Subjects are part of the stored identity (<see cref="FindingKey"/>), so
/// they are spelled here, once, and never from an enum's name: renaming an enum member must not reopen every finding.
/// </summary>
public static class FindingSubject
{
    /// <summary>
    /// A deployment is named by its environment, not by the version it runs: fixing a gap by shipping a new
    /// version still resolves the finding, and a gap that survives an upgrade stays the same finding.
    /// </summary>
    public static string Deployment(DeploymentEnvironment environment) => environment switch
    {
        DeploymentEnvironment.Development => "development",
        DeploymentEnvironment.Staging => "staging",
        DeploymentEnvironment.Production => "production",
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Not a deployment environment."),
    };

    /// <summary>An incident is named by its reference in the spelling <see cref="Incidents.IncidentRef.Format"/> produces.</summary>
    public static string Incident(string incidentRef) => incidentRef.Trim().ToUpperInvariant();

    /// <summary>A control is named by its catalogue code, in the catalogue's spelling.</summary>
    public static string Control(SecurityControl control) => control.Code;

    /// <summary>An audit plan is named by its id: every cycle of the plan that runs late is the same finding.</summary>
    public static string AuditPlan(Guid planId) => $"audit-plan:{planId:N}";

    /// <summary>A failed checklist item is named by its audit and control: one finding per item.</summary>
    public static string AuditItem(Guid auditId, string controlCode) => $"audit:{auditId:N}:{controlCode.Trim().ToUpperInvariant()}";

    /// <summary>The owner team's overdue mandatory training: one finding per model, whoever and whatever is late.</summary>
    public static string TeamTraining(Guid teamId) => $"training:team:{teamId:N}";
}
