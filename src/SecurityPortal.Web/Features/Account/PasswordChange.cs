using Microsoft.AspNetCore.Identity;
using SecurityPortal.Core.Common;
using SecurityPortal.Data.Identity;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Account;

/// <summary>
/// The signed-in person replaces their password: the current one proves it is them, Identity's rules
/// judge the new one, and the new security stamp ends every other session. Needs the request (it renews
/// this browser's cookie), so it runs from the statically rendered change-password form.
/// </summary>
public sealed class PasswordChange(SignInManager<PortalUser> signIn, CurrentActor actor)
{
    public const string CurrentField = "CurrentPassword";
    public const string NewField = "NewPassword";
    public const string ConfirmField = "ConfirmPassword";

    public async Task ChangeAsync(string current, string replacement, string confirmation)
    {
        var users = signIn.UserManager;
        var person = actor.Person ?? throw new NotAllowedException("Sign in as a person to change your password.");
        var user = await users.GetUserAsync(person) ?? throw new ConflictException("Your account could not be found; sign in again.");
        if (!user.IsActive)
        {
            throw new NotAllowedException("This account is deactivated.");
        }

        var errors = new FieldErrors();
        if (replacement != confirmation)
        {
            errors.Add(ConfirmField, "The two new passwords differ.");
        }
        else if (replacement == current)
        {
            errors.Add(NewField, "Choose a password different from the current one.");
        }

        errors.ThrowIfAny();

        var result = await users.ChangePasswordAsync(user, current, replacement);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            if (wrongCurrent)
            {
                // Counts towards lockout like a failed sign-in, so an open session cannot be used to guess it.
                await users.AccessFailedAsync(user);
                throw new ValidationFailedException(CurrentField, "That is not your current password.");
            }

            throw new ValidationFailedException(NewField, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                throw new ConflictException(string.Join(" ", saved.Errors.Select(e => e.Description)));
            }
        }

        await users.ResetAccessFailedCountAsync(user);

        // The password change renewed the security stamp, which ends every other session; this one gets
        // a fresh cookie with the new stamp (and without the must-change mark).
        await signIn.RefreshSignInAsync(user);
    }
}
