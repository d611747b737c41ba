using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Features.Assessments;

namespace SecurityPortal.Web.Features.Training;

/// <summary>Hands the assessment the overdue mandatory assignments at the run's moment, by team, for <see cref="TrainingOverdueRule"/>.</summary>
public sealed class TrainingOverdueRuleSource : IAssessmentRuleSource
{
    public async Task<IReadOnlyList<AssessmentRule>> LoadAsync(PortalDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var overdue = await TrainingReads.Assignments(db)
            .Where(a => a.Mandatory && a.TeamId != null && a.Status != AssignmentStatus.Completed && a.DueOn < today)
            .Select(a => new { TeamId = a.TeamId!.Value, a.CourseCode, a.UserEmail, a.DueOn })
            .ToListAsync(cancellationToken);
        var byTeam = overdue
            .GroupBy(o => o.TeamId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OverdueTraining>)[.. g.Select(o => new OverdueTraining(o.CourseCode, o.UserEmail, o.DueOn))]);
        return [new TrainingOverdueRule(byTeam)];
    }
}
