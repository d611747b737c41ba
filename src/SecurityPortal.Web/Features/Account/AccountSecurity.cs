using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using SecurityPortal.Core.Common;
using SecurityPortal.Data.Identity;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Account;

/// <summary>The signed-in person's own sign-in settings: authenticator-app two-step sign-in and recovery codes.</summary>
public sealed class AccountSecurity(IServiceScopeFactory scopes, CurrentActor actor, UrlEncoder urls)
{
    public async Task<bool> IsTwoFactorEnabledAsync()
    {
        await using var operation = AccountOperation.Start(scopes, actor);
        return await operation.Users.GetTwoFactorEnabledAsync(await CurrentUserAsync(operation.Users));
    }

    /// <summary>Starts (or restarts) set-up: a fresh key for the authenticator app, not yet switched on.</summary>
    public async Task<AuthenticatorSetup> StartAuthenticatorSetupAsync()
    {
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        var user = await CurrentUserAsync(users);
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new ConflictException("No authenticator key could be made.");
        var uri = string.Format(
            CultureInfo.InvariantCulture,
            "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            urls.Encode("SecurityPortal"),
            urls.Encode(user.Email!),
            key);
        return new AuthenticatorSetup(Group(key), uri);
    }

    /// <summary>Switches two-step sign-in on once the app proves it has the key; returns the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>> ConfirmAuthenticatorAsync(string code)
    {
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        var user = await CurrentUserAsync(users);
        var clean = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
        {
            throw new ValidationFailedException("Code", "That code did not match. Enter the current 6-digit code from the app.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
    }

    public async Task DisableTwoFactorAsync()
    {
        await using var operation = AccountOperation.Start(scopes, actor);
        var users = operation.Users;
        var user = await CurrentUserAsync(users);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    private async Task<PortalUser> CurrentUserAsync(UserManager<PortalUser> users)
    {
        var person = actor.Person ?? throw new NotAllowedException("Sign in as a person to change your sign-in settings.");
        return await users.GetUserAsync(person) ?? throw new ConflictException("Your account could not be found; sign in again.");
    }

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
