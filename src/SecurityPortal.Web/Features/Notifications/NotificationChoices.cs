using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Notifications;

/// <summary>
/// Each person's choices of how each kind of notification reaches them (in the portal, by e-mail). Everyone reads and
/// changes only their own: whose they are comes from who is acting. The choices take effect for notifications sent
/// from then on (<see cref="Data.Interceptors.NotificationRoutingInterceptor"/>).
/// </summary>
public sealed class NotificationChoices(
    IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, AccessGuard guard, CurrentActor actor, ILogger<NotificationChoices> logger)
{
    public async Task<IReadOnlyList<NotificationChoice>> MineAsync(CancellationToken cancellationToken = default)
    {
        var me = Me();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.NotificationPreferences.AsNoTracking().Where(p => p.Recipient == me).ToListAsync(cancellationToken);
        // Integrity alarms go to administrators only; nobody else has anything to see about them.
        var kinds = NotificationKinds.Choosable.Where(k => k != NotificationKind.IntegrityAlarm || actor.Allows(PortalPolicies.Administration));
        return [.. kinds.Select(kind =>
        {
            var (inPortal, byEmail) = NotificationKinds.Route(kind, stored.FirstOrDefault(p => p.Kind == kind));
            return new NotificationChoice(kind, inPortal, byEmail, NotificationKinds.IsFixed(kind));
        })];
    }

    /// <summary>
    /// Saves the choices given (kinds left out keep theirs). A kind that cannot be chosen for, or named twice, is a field
    /// error and nothing is saved. Saving the same choices twice, or two at once, leaves one row per kind.
    /// </summary>
    public async Task<IReadOnlyList<NotificationChoice>> SaveAsync(IReadOnlyList<NotificationChoice> choices, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var errors = new FieldErrors();
        foreach (var duplicate in choices.GroupBy(c => c.Kind).Where(g => g.Count() > 1))
        {
            errors.Add("kind", $"{Labels.Of(duplicate.Key)} is chosen more than once.");
        }

        foreach (var choice in choices.Where(c => !NotificationKinds.Choosable.Contains(c.Kind) || NotificationKinds.IsFixed(c.Kind)))
        {
            errors.Add("kind", NotificationKinds.IsFixed(choice.Kind)
                ? $"{Labels.Of(choice.Kind)} always reach you in the portal and by e-mail."
                : $"There is no choice to make for {Labels.Of(choice.Kind)}.");
        }

        errors.ThrowIfAny();
        await CollisionRetry.RunAsync(
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var stored = await db.NotificationPreferences.Where(p => p.Recipient == me).ToListAsync(cancellationToken);
                foreach (var choice in choices)
                {
                    var row = stored.FirstOrDefault(p => p.Kind == choice.Kind);
                    if (row is null)
                    {
                        row = new NotificationPreference { Recipient = me, Kind = choice.Kind };
                        db.NotificationPreferences.Add(row);
                    }
                    else if (row.InPortal == choice.InPortal && row.ByEmail == choice.ByEmail)
                    {
                        continue;
                    }

                    row.InPortal = choice.InPortal;
                    row.ByEmail = choice.ByEmail;
                    row.ChangedAt = clock.GetUtcNow();
                }

                return await db.SaveChangesAsync(cancellationToken);
            },
            logger,
            "Saving notification choices");
        return await MineAsync(cancellationToken);
    }

    private string Me()
    {
        guard.Require(PortalPolicies.SignedIn, "Sign in to choose how notifications reach you.");
        return guard.Actor;
    }
}

/// <summary>How one kind of notification reaches the person; <paramref name="Fixed"/> kinds cannot be changed.</summary>
public sealed record NotificationChoice(NotificationKind Kind, bool InPortal, bool ByEmail, bool Fixed = false);
