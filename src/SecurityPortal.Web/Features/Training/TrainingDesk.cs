using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// Assigning training and recording completions. Team leads assign within the team they lead now (read from the
/// database at the moment of the request), administrators anywhere; a person completes only their own assignments,
/// an LMS (an API client) anyone's. Each assignment is created once: a person who still owes a course is left alone,
/// and a race on the unique round is read again and redone.
/// </summary>
public sealed class TrainingDesk(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, CurrentActor actor, ILogger<TrainingDesk> logger)
{
    public const string MayNotAssign = "Only administrators and team leads assign training.";

    /// <summary>What the signed-in person owes and has done: overdue first, then by due date, completions last.</summary>
    public async Task<IReadOnlyList<AssignmentResponse>> MineAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTraining, "Sign in to see your training.");
        var today = Today;
        var me = actor.Name;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = await TrainingReads.Current(TrainingReads.Assignments(db), db).Where(a => a.UserEmail == me).ToListAsync(cancellationToken);
        return [.. mine.Select(a => a.ToResponse(today)).OrderBy(a => a.Status == AssignmentStatus.Completed).ThenByDescending(a => a.Overdue).ThenBy(a => a.DueAt).ThenBy(a => a.CourseCode, StringComparer.Ordinal)];
    }

    /// <summary>Records that the person opened the course, so the team view no longer lists them as never started.</summary>
    public async Task<AssignmentResponse> StartAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTraining, "Sign in to take your training.");
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var assignment = await OwnAsync(db, id, cancellationToken);
            if (assignment.StartedAt is null && assignment.IsOpen)
            {
                assignment.StartedAt = clock.GetUtcNow();
                await db.SaveUnlessChangedAsync(cancellationToken);
            }
        }

        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Records a completion. A person completes their own assignment and attests to it; an LMS (API client) records
    /// anyone's. Below the pass mark the attempt is recorded as failed and the assignment stays open.
    /// </summary>
    public async Task<AssignmentResponse> CompleteAsync(Guid id, CompleteTrainingRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTraining, "Sign in to complete your training.");
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var fromLms = actor.IsSystemOrClient;
            var assignment = fromLms
                ? await db.TrainingAssignments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id)
                : await OwnAsync(db, id, cancellationToken);
            var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == assignment.CourseId, cancellationToken);
            if (!assignment.IsOpen)
            {
                throw new ConflictException($"{assignment.UserEmail} already completed {course.Code} on {assignment.CompletedAt:yyyy-MM-dd}.");
            }

            var completion = TrainingCompletion.Check(
                course, assignment.CreatedAt, request.CompletedAt, request.Score, attestationRequired: !fromLms, request.Attested, clock.GetUtcNow());
            assignment.Record(completion, course, actor.Name);
            await db.SaveUnlessChangedAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Assigns a course to one person or to every active member of a team, due on the given day. People who still owe
    /// the course keep their assignment and are listed as already assigned.
    /// </summary>
    public async Task<AssignTrainingResult> AssignAsync(AssignTrainingRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageTraining, MayNotAssign);
        var errors = new FieldErrors();
        var code = request.CourseCode?.Trim().ToUpperInvariant();
        var email = string.IsNullOrWhiteSpace(request.UserEmail) ? null : request.UserEmail.Trim();
        var teamName = string.IsNullOrWhiteSpace(request.Team) ? null : request.Team.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("courseCode", "Choose the course.");
        }

        if ((email is null) == (teamName is null))
        {
            errors.Add(email is null ? "team" : "userEmail", "Assign to one person (userEmail) or to one team (team), not both.");
        }

        if (request.DueAt is not { } dueOn)
        {
            errors.Add("dueAt", "Give the due date.");
        }
        else if (dueOn < Today)
        {
            errors.Add("dueAt", "The due date cannot lie in the past.");
        }

        errors.ThrowIfAny();

        // Someone assigning the same course to the same person a moment earlier wins the round; read again, skip them.
        return await CollisionRetry.RunAsync(() => AssignOnceAsync(code!, email, teamName, request.DueAt!.Value, cancellationToken), logger, "Training assignment");
    }

    public async Task<AssignmentResponse> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewTraining, "Sign in to see training.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await TrainingReads.Assignments(db).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id);
        if (!string.Equals(found.UserEmail, actor.Name, StringComparison.OrdinalIgnoreCase))
        {
            guard.RequireVisible(PortalPolicies.ViewTrainingProgress, found.UserEmail, NotFound(id).Message);
            if (await guard.LedTeamAsync(db, cancellationToken) is { } only && found.TeamId != only)
            {
                throw NotFound(id);
            }
        }

        return found.ToResponse(Today);
    }

    private async Task<AssignTrainingResult> AssignOnceAsync(string code, string? email, string? teamName, DateOnly dueOn, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new FieldErrors();
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (course is null || !course.IsActive)
        {
            errors.Add("courseCode", $"There is no active course '{code}'.");
        }

        var team = teamName is null ? null : await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Name == teamName, cancellationToken);
        if (teamName is not null && team is null)
        {
            errors.Add("team", $"There is no team '{teamName}'.");
        }

        var people = email is not null
            ? await db.Users.AsNoTracking().Where(u => u.Email == email && u.IsActive).Select(u => new { u.Id, Email = u.Email!, u.TeamId }).ToListAsync(cancellationToken)
            : team is null ? [] : await db.Users.AsNoTracking().Where(u => u.TeamId == team.Id && u.IsActive && u.Email != null).Select(u => new { u.Id, Email = u.Email!, u.TeamId }).ToListAsync(cancellationToken);
        if (email is not null && people.Count == 0)
        {
            errors.Add("userEmail", $"There is no active person '{email}'.");
        }
        else if (team is not null && people.Count == 0)
        {
            errors.Add("team", $"{team.Name} has no active members.");
        }

        // Checked against the teams as they are now: a lead moved to another team a minute ago no longer assigns here.
        if (await guard.LedTeamAsync(db, cancellationToken) is { } only && (team is not null || people.Count > 0))
        {
            var targetTeam = team?.Id ?? people[0].TeamId;
            if (targetTeam != only)
            {
                var name = targetTeam is { } id ? await db.Teams.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken) : null;
                throw new Core.Common.NotAllowedException(
                    $"Team leads assign training within the team they lead; {(email is not null ? $"{email} is in {name ?? "no team"}" : $"{name} is not your team")}.");
            }
        }

        errors.ThrowIfAny();

        var latest = (await TrainingReads.LatestAsync(db, course!.Id, cancellationToken)).ToDictionary(l => l.UserId);
        var assigned = new List<TrainingAssignment>();
        var already = new List<string>();
        foreach (var person in people.OrderBy(p => p.Email, StringComparer.OrdinalIgnoreCase))
        {
            var last = latest.GetValueOrDefault(person.Id);
            if (last is not null && last.Status != AssignmentStatus.Completed)
            {
                already.Add(person.Email);
                continue;
            }

            assigned.Add(new TrainingAssignment
            {
                CourseId = course.Id,
                CourseCode = course.Code,
                UserId = person.Id,
                UserEmail = person.Email,
                Round = (last?.Round ?? 0) + 1,
                DueOn = dueOn,
                Source = AssignmentSource.Manual,
            });
        }

        var now = clock.GetUtcNow();
        db.TrainingAssignments.AddRange(assigned);
        db.Notifications.AddRange(assigned.Select(a => Core.Incidents.PortalNotification.For(
            Core.Incidents.NotificationKind.TrainingDue, a.UserEmail, $"Training assigned: {course.Title}", $"{actor.Name} assigned you {course.Code} \"{course.Title}\", due {a.DueOn:yyyy-MM-dd}.", "/training", now)));
        await db.SaveChangesAsync(cancellationToken);
        var ids = assigned.Select(a => a.Id).ToList();
        var rows = await TrainingReads.Assignments(db).Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return new AssignTrainingResult([.. rows.OrderBy(r => r.UserEmail, StringComparer.OrdinalIgnoreCase).Select(r => r.ToResponse(Today))], already);
    }

    /// <summary>The person's own assignment; anyone else's reads as not found.</summary>
    private async Task<TrainingAssignment> OwnAsync(PortalDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var me = actor.Name;
        return await db.TrainingAssignments.SingleOrDefaultAsync(a => a.Id == id && a.UserEmail == me, cancellationToken) ?? throw NotFound(id);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static NotFoundException NotFound(Guid id) => new($"There is no training assignment {id}.");
}
