using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// An assignment joined with its course and its person's current team, as the lists read it. A class with setters
/// rather than a record, so EF can keep composing filters onto the projection.
/// </summary>
internal sealed class AssignmentRead
{
    public Guid Id { get; set; }

    public Guid CourseId { get; set; }

    public string CourseCode { get; set; } = string.Empty;

    public string CourseTitle { get; set; } = string.Empty;

    public int? PassingScore { get; set; }

    public string? Link { get; set; }

    public int DurationMinutes { get; set; }

    public bool Mandatory { get; set; }

    public Guid UserId { get; set; }

    public string UserEmail { get; set; } = string.Empty;

    public Guid? TeamId { get; set; }

    public string? Team { get; set; }

    public int Round { get; set; }

    public DateOnly DueOn { get; set; }

    public AssignmentStatus Status { get; set; }

    public AssignmentSource Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int? Score { get; set; }

    public int Attempts { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public AssignmentResponse ToResponse(DateOnly today) => new(
        Id, CourseCode, CourseTitle, UserEmail, Team, DueOn, Status, Status != AssignmentStatus.Completed && DueOn < today,
        CompletedAt, Score, PassingScore, ExpiresOn, Source, CreatedAt, StartedAt, Link, DurationMinutes);
}

internal static class TrainingReads
{
    /// <summary>Every assignment of an active person with its course and the team the person is in now.</summary>
    public static IQueryable<AssignmentRead> Assignments(PortalDbContext db) =>
        from assignment in db.TrainingAssignments.AsNoTracking()
        join course in db.Courses.AsNoTracking() on assignment.CourseId equals course.Id
        join user in db.Users.AsNoTracking() on assignment.UserId equals user.Id
        join team in db.Teams.AsNoTracking() on user.TeamId equals team.Id into teams
        from team in teams.DefaultIfEmpty()
        where user.IsActive
        select new AssignmentRead
        {
            Id = assignment.Id,
            CourseId = course.Id,
            CourseCode = course.Code,
            CourseTitle = course.Title,
            PassingScore = course.PassingScore,
            Link = course.Link,
            DurationMinutes = course.DurationMinutes,
            Mandatory = course.MandatoryRoles != string.Empty || course.MandatoryTeamIds != string.Empty,
            UserId = user.Id,
            UserEmail = assignment.UserEmail,
            TeamId = user.TeamId,
            Team = team == null ? null : team.Name,
            Round = assignment.Round,
            DueOn = assignment.DueOn,
            Status = assignment.Status,
            Source = assignment.Source,
            CreatedAt = assignment.CreatedAt,
            StartedAt = assignment.StartedAt,
            CompletedAt = assignment.CompletedAt,
            Score = assignment.Score,
            Attempts = assignment.Attempts,
            ExpiresOn = assignment.ExpiresOn,
        };

    /// <summary>
    /// Only each person's newest assignment per course: what they owe now. Older rounds are history (a renewal
    /// replaces the completion it renews).
    /// </summary>
    public static IQueryable<AssignmentRead> Current(IQueryable<AssignmentRead> assignments, PortalDbContext db) =>
        assignments.Where(a => !db.TrainingAssignments.Any(newer => newer.CourseId == a.CourseId && newer.UserId == a.UserId && newer.Round > a.Round));

    /// <summary>The active courses that are mandatory for someone.</summary>
    public static Task<List<Course>> MandatoryCoursesAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.Courses.AsNoTracking().Where(c => c.IsActive && (c.MandatoryRoles != string.Empty || c.MandatoryTeamIds != string.Empty)).ToListAsync(cancellationToken);

    /// <summary>Active people with an e-mail, each with their role and team as they are now; all of them, or those named.</summary>
    public static async Task<List<Trainee>> TraineesAsync(PortalDbContext db, IReadOnlyCollection<string>? emails, CancellationToken cancellationToken)
    {
        var people = await (from user in db.Users.AsNoTracking()
                            join userRole in db.UserRoles on user.Id equals userRole.UserId into roles
                            from userRole in roles.DefaultIfEmpty()
                            join role in db.Roles on userRole.RoleId equals role.Id into named
                            from role in named.DefaultIfEmpty()
                            where user.IsActive && user.Email != null && (emails == null || emails.Contains(user.Email))
                            select new { user.Id, Email = user.Email!, Role = role == null ? null : role.Name, user.TeamId })
            .ToListAsync(cancellationToken);
        return [.. people.Select(p => new Trainee(p.Id, p.Email, p.Role, p.TeamId))];
    }

    /// <summary>The newest round per course and person, for deciding the next one.</summary>
    public static async Task<List<LatestAssignment>> LatestAsync(PortalDbContext db, Guid? courseId, CancellationToken cancellationToken)
    {
        var rows = db.TrainingAssignments.AsNoTracking().Where(a => courseId == null || a.CourseId == courseId);
        return await rows
            .Where(a => !db.TrainingAssignments.Any(newer => newer.CourseId == a.CourseId && newer.UserId == a.UserId && newer.Round > a.Round))
            .Select(a => new LatestAssignment(a.CourseId, a.UserId, a.Round, a.Status, a.ExpiresOn))
            .ToListAsync(cancellationToken);
    }
}
