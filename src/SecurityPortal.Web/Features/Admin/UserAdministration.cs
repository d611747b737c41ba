using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Data;
using SecurityPortal.Data.Identity;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>Creating people's accounts, changing their role and team, and switching them off.</summary>
public sealed class UserAdministration(
    IDbContextFactory<PortalDbContext> contexts,
    IServiceScopeFactory scopes,
    CurrentActor actor, AccessGuard guard, IConfiguration configuration, Training.TrainingJob training)
{
    private readonly bool _entraId = AuthenticationModes.Resolve(configuration) == AuthenticationModes.EntraId;

    private const string NotAllowed = "Only administrators manage people, teams and API keys.";

    public const int MaxPageSize = 200;

    /// <summary>One page (from 1) of people, by name, optionally those whose name or e-mail contains <paramref name="search"/>.</summary>
    public async Task<ListPage<UserRow>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        var paging = new FieldErrors();
        Paging.Check(paging, page, pageSize, MaxPageSize);
        paging.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = LikePattern.Containing(search);
            query = query.Where(u => EF.Functions.Like(u.Email!, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(u.DisplayName, pattern, LikePattern.EscapeCharacter));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(u => u.DisplayName)
            .Skip(Paging.Skip(page, pageSize))
            .Take(pageSize)
            .Select(u => new UserRow(
                u.Id,
                u.Email!,
                u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault() ?? string.Empty,
                u.TeamId,
                db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(),
                u.IsActive))
            .ToListAsync(cancellationToken);
        return new ListPage<UserRow>(rows, total, page, pageSize);
    }

    /// <summary>Creates the account and returns a one-time password for the administrator to hand over.</summary>
    public async Task<string> CreateAsync(NewUser request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        var errors = new FieldErrors();
        var email = request.Email?.Trim() ?? string.Empty;
        if (!new EmailAddressAttribute().IsValid(email) || email.Length is 0 or > 256)
        {
            errors.Add(nameof(NewUser.Email), "Enter a valid e-mail address.");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(NewUser.Email), "Someone with this e-mail address already has an account.");
        }

        var displayName = request.DisplayName?.Trim() ?? string.Empty;
        if (displayName.Length is < 2 or > 200)
        {
            errors.Add(nameof(NewUser.DisplayName), "Enter the person's name (2 to 200 characters).");
        }

        await CheckRoleAndTeamAsync(request.Role, request.TeamId, errors, cancellationToken);
        errors.ThrowIfAny();

        var password = InitialPassword.Generate();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            TeamId = request.TeamId,
            MustChangePassword = true,
        };
        Succeeded(await users.CreateAsync(user, password));
        Succeeded(await users.AddToRoleAsync(user, request.Role));
        // A newcomer owes the mandatory courses of their role and team from day one.
        await training.AssignMandatoryAsync(cancellationToken);
        return password;
    }

    public async Task ChangeAsync(Guid userId, string role, Guid? teamId, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        var errors = new FieldErrors();
        await CheckRoleAndTeamAsync(role, teamId, errors, cancellationToken);
        errors.ThrowIfAny();

        var user = await FindAsync(users, userId);
        if (IsSelf(user) && role != PortalRoles.Administrator)
        {
            throw new ConflictException("You cannot take the Administrator role from yourself; ask another administrator.");
        }

        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([role]))
        {
            Succeeded(await users.RemoveFromRolesAsync(user, current));
            Succeeded(await users.AddToRoleAsync(user, role));
        }

        if (user.TeamId != teamId)
        {
            user.TeamId = teamId;
            Succeeded(await users.UpdateAsync(user));
        }

        // New claims (role, team) take effect at the next request instead of at the next sign-in.
        Succeeded(await users.UpdateSecurityStampAsync(user));

        // A new role or team can bring mandatory courses with it.
        await training.AssignMandatoryAsync(cancellationToken);
    }

    public async Task SetActiveAsync(Guid userId, bool active, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        var user = await FindAsync(users, userId);
        if (!active && IsSelf(user))
        {
            throw new ConflictException("You cannot deactivate your own account.");
        }

        if (user.IsActive == active)
        {
            return;
        }

        user.IsActive = active;
        // Off means off now: lock the account and end its sessions; back on, unlock it.
        user.LockoutEnd = active ? null : DateTimeOffset.MaxValue;
        Succeeded(await users.UpdateAsync(user));
        Succeeded(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>
    /// Replaces a person's password with a new one-time password for the administrator to hand over: their
    /// sessions end, a lockout is lifted, and their next sign-in must choose a password of their own.
    /// </summary>
    public async Task<string> ResetPasswordAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.Administration, NotAllowed);
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        if (_entraId)
        {
            throw new ConflictException("People sign in with their organisation's Microsoft account; reset passwords there.");
        }

        var user = await FindAsync(users, userId);
        if (IsSelf(user))
        {
            throw new ConflictException("Change your own password on the Sign-in security page.");
        }

        if (!user.IsActive)
        {
            throw new ConflictException($"{user.DisplayName} is deactivated; reactivate the account first.");
        }

        // Saved together by the reset as one audited change: the new hash (redacted in the log), a new
        // security stamp, the must-change mark and the lifted lockout.
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var password = InitialPassword.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Succeeded(await users.ResetPasswordAsync(user, token, password));
        return password;
    }

    private async Task CheckRoleAndTeamAsync(string? role, Guid? teamId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (role is null || !PortalRoles.All.Contains(role))
        {
            errors.Add(nameof(NewUser.Role), "Choose one of the portal's roles.");
        }

        if (teamId is { } id)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Teams.AnyAsync(t => t.Id == id && t.IsActive, cancellationToken))
            {
                errors.Add(nameof(NewUser.TeamId), "Choose an active team.");
            }
        }
    }

    private static async Task<PortalUser> FindAsync(UserManager<PortalUser> users, Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("That account no longer exists.");

    private bool IsSelf(PortalUser user) => string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase);

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
