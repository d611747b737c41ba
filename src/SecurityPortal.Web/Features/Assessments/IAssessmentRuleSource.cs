using SecurityPortal.Core.Assessments;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Rules another area adds to every run, with the facts they need loaded once at the run's moment (the Audits area's
/// overdue audits, the Training area's overdue courses). The job evaluates them with the built-in rules, and their
/// findings open and resolve like any other.
/// </summary>
public interface IAssessmentRuleSource
{
    Task<IReadOnlyList<AssessmentRule>> LoadAsync(PortalDbContext db, DateTimeOffset at, CancellationToken cancellationToken);
}
