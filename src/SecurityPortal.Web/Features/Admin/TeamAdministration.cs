using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Teams;
using SecurityPortal.Data;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>Creating, renaming and retiring teams, with a clear message when someone else got there first.</summary>
public sealed class TeamAdministration(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard)
{
    private const string NotAllowed = "Only administrators manage people, teams and API keys.";

    public async Task<IReadOnlyList<TeamRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.Description, t.IsActive, db.Users.Count(u => u.TeamId == t.Id && u.IsActive), t.ConcurrencyToken))
            .ToListAsync(cancellationToken);
    }

    public async Task CreateAsync(string name, string? description, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        var (cleanName, cleanDescription) = Validate(name, description);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureUniqueAsync(db, cleanName, except: null, cancellationToken);
        db.Teams.Add(new Team { Name = cleanName, Description = cleanDescription });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves an edit made on the version of the team identified by <paramref name="concurrencyToken"/>.</summary>
    public async Task UpdateAsync(Guid id, string name, string? description, bool isActive, Guid concurrencyToken, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        var (cleanName, cleanDescription) = Validate(name, description);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("That team no longer exists.");
        await EnsureUniqueAsync(db, cleanName, except: id, cancellationToken);
        db.Entry(team).Property(t => t.ConcurrencyToken).OriginalValue = concurrencyToken;
        team.Name = cleanName;
        team.Description = cleanDescription;
        team.IsActive = isActive;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException(ConflictException.ChangedBySomeoneElse, ex);
        }
    }

    private static (string Name, string? Description) Validate(string name, string? description)
    {
        var errors = new FieldErrors();
        var cleanName = name?.Trim() ?? string.Empty;
        if (cleanName.Length is < 2 or > 100)
        {
            errors.Add("Name", "A team name has 2 to 100 characters.");
        }

        var cleanDescription = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (cleanDescription?.Length > 500)
        {
            errors.Add("Description", "Keep the description under 500 characters.");
        }

        errors.ThrowIfAny();
        return (cleanName, cleanDescription);
    }

    private static async Task EnsureUniqueAsync(PortalDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != except, cancellationToken))
        {
            throw new ValidationFailedException("Name", $"There is already a team called '{name}'.");
        }
    }
}
