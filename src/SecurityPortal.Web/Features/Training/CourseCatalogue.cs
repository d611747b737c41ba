using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// The courses everyone may read, and that administrators and security officers add. A new mandatory course is
/// assigned at once to everyone it applies to, instead of waiting for the hourly job.
/// </summary>
public sealed class CourseCatalogue(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard, TrainingJob job)
{
    public const string MayNotManage = "Only administrators and security officers add courses.";

    public async Task<IReadOnlyList<CourseResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTraining, "Sign in to see the courses.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. courses.Select(c => ToResponse(c, teams))];
    }

    public async Task<CourseResponse> CreateAsync(NewCourseRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageCourses, MayNotManage);
        var details = CourseDetails.Parse(
            request.Code, request.Title, request.Description, request.Link, request.DurationMinutes, request.RecurrenceMonths, request.PassingScore,
            request.MandatoryForRoles, request.MandatoryForTeams);
        Course course;
        Dictionary<Guid, string> teams;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var errors = new FieldErrors();
            if (await db.Courses.AnyAsync(c => c.Code == details.Code, cancellationToken))
            {
                errors.Add("code", $"There is already a course {details.Code}.");
            }

            teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var chosen = new List<Guid>();
            foreach (var name in details.MandatoryTeams)
            {
                var match = teams.FirstOrDefault(t => string.Equals(t.Value, name, StringComparison.OrdinalIgnoreCase));
                if (match.Value is null)
                {
                    errors.Add("mandatoryForTeams", $"There is no team '{name}'.");
                }
                else
                {
                    chosen.Add(match.Key);
                }
            }

            errors.ThrowIfAny();
            course = new Course
            {
                Code = details.Code,
                Title = details.Title,
                Description = details.Description,
                Link = details.Link,
                DurationMinutes = details.DurationMinutes,
                RecurrenceMonths = details.RecurrenceMonths,
                PassingScore = details.PassingScore,
            };
            course.MakeMandatoryFor(details.MandatoryRoles, chosen);
            db.Courses.Add(course);
            await db.SaveOrConflictAsync($"There is already a course {details.Code}.", cancellationToken);
        }

        if (course.IsMandatory)
        {
            await job.AssignMandatoryAsync(cancellationToken);
        }

        return ToResponse(course, teams);
    }

    private static CourseResponse ToResponse(Course course, IReadOnlyDictionary<Guid, string> teams) => new(
        course.Id, course.Code, course.Title, course.Description, course.Link, course.DurationMinutes, course.RecurrenceMonths, course.PassingScore,
        [.. course.Roles.Order(StringComparer.Ordinal)],
        [.. course.Teams.Select(id => teams.GetValueOrDefault(id, id.ToString())).Order(StringComparer.Ordinal)],
        course.IsActive);
}
