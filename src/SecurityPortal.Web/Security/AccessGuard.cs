using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Security;

/// <summary>
/// The check every use case makes itself, before it changes or returns anything: does the one acting hold a
/// role the area's policy admits, and may they act on the team that owns the item as the database has it
/// now (not as a page loaded it)? A refusal is one <see cref="NotAllowedException"/>: 403 problem details in
/// the API, a message on the page. Pages and endpoints still hide and guard what a person cannot do; nothing
/// depends on that.
/// </summary>
public sealed class AccessGuard(CurrentActor actor)
{
    public string Actor => actor.Name;

    /// <summary>
    /// Items someone may not see read as not found, so that their existence is not given away: allowed to
    /// anyone <paramref name="policy"/> admits, and to the item's <paramref name="owner"/> (who reported it,
    /// who uploaded it).
    /// </summary>
    public void RequireVisible(string policy, string? owner, string notFound)
    {
        if (!actor.Allows(policy) && !string.Equals(owner, actor.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotFoundException(notFound);
        }
    }

    /// <summary>Refuses unless the one acting holds a role <paramref name="policy"/> admits.</summary>
    public void Require(string policy, string refusal)
    {
        if (!actor.Allows(policy))
        {
            throw new NotAllowedException(refusal);
        }
    }

    /// <summary>
    /// Refuses unless the one acting may act on <paramref name="teamId"/>'s items under <paramref name="policy"/>:
    /// administrators, security officers, the portal's own jobs and API clients on every team; team leads
    /// on the team they belong to now (read from <paramref name="db"/>, so a move takes effect at once).
    /// </summary>
    public async Task RequireTeamAsync(PortalDbContext db, string policy, Guid teamId, string what, CancellationToken cancellationToken)
    {
        if (!actor.Allows(policy) || !await MayActOnTeamAsync(db, teamId, cancellationToken))
        {
            var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
            throw new NotAllowedException($"Only administrators, security officers and the {team ?? "owning"} team's lead can change {what}.");
        }
    }

    /// <summary>The one team a team lead is bound to now, or null for those who act on every team.</summary>
    public async Task<Guid?> OnlyTeamAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (ActsOnEveryTeam)
        {
            return null;
        }

        var me = actor.Name;
        // A person without a team is bound to none: Guid.Empty matches no team.
        return await db.Users.AsNoTracking().Where(u => u.Email == me && u.IsActive).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken) ?? Guid.Empty;
    }

    /// <summary>
    /// For areas where only team leads are bound to a team (training: compliance officers oversee every team): the
    /// team a team lead belongs to now, or null for everyone else.
    /// </summary>
    public async Task<Guid?> LedTeamAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        actor.HasRole(PortalRoles.TeamLead) && !ActsOnEveryTeam ? await OnlyTeamAsync(db, cancellationToken) : null;

    private bool ActsOnEveryTeam =>
        actor.IsSystemOrClient || actor.HasRole(PortalRoles.Administrator) || actor.HasRole(PortalRoles.SecurityOfficer);

    private async Task<bool> MayActOnTeamAsync(PortalDbContext db, Guid teamId, CancellationToken cancellationToken) =>
        ActsOnEveryTeam || (actor.HasRole(PortalRoles.TeamLead) && await OnlyTeamAsync(db, cancellationToken) == teamId);
}
