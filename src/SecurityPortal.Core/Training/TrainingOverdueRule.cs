using System.Globalization;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Training;

/// <summary>
/// Someone in the model's owner team is past the due date of a mandatory course: Medium, one finding per model that
/// names who and what, resolved once the team is up to date. The overdue assignments are loaded once per run and
/// handed in, keyed by team.
/// </summary>
public sealed class TrainingOverdueRule(IReadOnlyDictionary<Guid, IReadOnlyList<OverdueTraining>> overdueByTeam)
    : AssessmentRule(AssessmentRuleKey.TrainingOverdue)
{
    private const int Named = 5;

    public override IEnumerable<DetectedFinding> Evaluate(AssessedModel model, DateTimeOffset at)
    {
        if (!AppliesTo(model, null) || !overdueByTeam.TryGetValue(model.OwnerTeamId, out var overdue) || overdue.Count == 0)
        {
            yield break;
        }

        var people = overdue.Select(o => o.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var listed = overdue.OrderBy(o => o.DueOn).ThenBy(o => o.Email, StringComparer.OrdinalIgnoreCase).Take(Named)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Email} ({o.CourseCode}, due {o.DueOn:yyyy-MM-dd})"));
        var more = overdue.Count > Named ? $" and {overdue.Count - Named} more" : string.Empty;
        yield return Finding(
            FindingSeverity.Medium,
            null,
            FindingSubject.TeamTraining(model.OwnerTeamId),
            "Owner team has overdue mandatory training",
            $"{people} {(people == 1 ? "person" : "people")} in the team that owns {model.Name} {(people == 1 ? "is" : "are")} past due on mandatory training: {string.Join(", ", listed)}{more}. {ControlReference}");
    }
}
