using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// Training as a release gate (<c>Portal:Training:ReleaseGate</c>, on by default): a person whose mandatory training
/// is not current cannot approve a model version, and the refusal names the courses. An API key approves on behalf
/// of the administrator who issued it, so the gate checks that person; a key the portal issued itself (the demo key,
/// start-up) has no person behind it and is not held back.
/// </summary>
public sealed class TrainingGate(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, CurrentActor actor, TrainingOptions options)
{
    public bool IsOn => options.ReleaseGate;

    /// <summary>Refuses with 409 when the person approving (or the issuer of the approving key) has mandatory courses not current today.</summary>
    public async Task EnsureMayApproveAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (!options.ReleaseGate)
        {
            return;
        }

        var person = actor.IsSystemOrClient ? await IssuerAsync(db, cancellationToken) : actor.Name;
        if (person is null)
        {
            return;
        }

        var missing = await MissingAsync(db, [person], cancellationToken);
        if (missing.GetValueOrDefault(person) is { Count: > 0 } courses)
        {
            var whose = person == actor.Name
                ? "Your mandatory training is not current, so you cannot approve"
                : $"This key was issued by {person}, whose mandatory training is not current, so it cannot approve";
            throw new ConflictException(
                $"{whose} model versions: {string.Join(", ", courses.Select(c => $"{c.Code} \"{c.Title}\""))}. Complete it on the Training page first.");
        }
    }

    /// <summary>The person who issued the calling API key, when that is someone with an account.</summary>
    private async Task<string?> IssuerAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        const string prefix = "apikey:";
        if (!actor.Name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = actor.Name[prefix.Length..];
        var issuer = await db.ApiKeys.AsNoTracking().Where(k => k.Name == name).Select(k => k.CreatedBy).FirstOrDefaultAsync(cancellationToken);
        return issuer is not null && await db.Users.AnyAsync(u => u.Email == issuer, cancellationToken) ? issuer : null;
    }

    /// <summary>
    /// Who could approve versions of the model (administrators, security officers, the owner team's lead), each with
    /// whether the training gate lets them now.
    /// </summary>
    public async Task<IReadOnlyList<PossibleApprover>> ApproversAsync(string modelKey, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, "The model inventory is for administrators, security officers, team leads and compliance officers.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ownerTeamId = (await Models.ModelInventory.FindModelAsync(db, modelKey, cancellationToken)).OwnerTeamId;
        var people = await (from user in db.Users.AsNoTracking()
                            join userRole in db.UserRoles on user.Id equals userRole.UserId
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where user.IsActive && user.Email != null
                                  && (role.Name == PortalRoles.Administrator || role.Name == PortalRoles.SecurityOfficer || (role.Name == PortalRoles.TeamLead && user.TeamId == ownerTeamId))
                            select new { Email = user.Email!, user.DisplayName, Role = role.Name! })
            .ToListAsync(cancellationToken);
        var missing = await MissingAsync(db, [.. people.Select(p => p.Email)], cancellationToken);
        return
        [
            .. people.Select(p =>
                {
                    var courses = options.ReleaseGate ? missing.GetValueOrDefault(p.Email) ?? [] : [];
                    return new PossibleApprover(p.Email, p.DisplayName, p.Role, courses.Count == 0, [.. courses.Select(c => c.Code)]);
                })
                .OrderByDescending(p => p.TrainingCurrent).ThenBy(p => p.Email, StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// <summary>Each person's mandatory courses that are not current today, by e-mail.</summary>
    private async Task<Dictionary<string, IReadOnlyList<Course>>> MissingAsync(PortalDbContext db, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var courses = await TrainingReads.MandatoryCoursesAsync(db, cancellationToken);
        var people = await TrainingReads.TraineesAsync(db, emails, cancellationToken);
        var ids = people.Select(p => p.UserId).ToList();
        var assignments = await db.TrainingAssignments.AsNoTracking().Where(a => ids.Contains(a.UserId) && a.Status == AssignmentStatus.Completed).ToListAsync(cancellationToken);
        var byUser = assignments.ToLookup(a => a.UserId);
        return people.ToDictionary(
            p => p.Email,
            p => MandatoryTraining.NotCurrent(courses, p, byUser[p.UserId], today),
            StringComparer.OrdinalIgnoreCase);
    }
}
