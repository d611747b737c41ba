using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Data.Identity;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>One-time passwords from an administrator, people changing their own, and administrators resetting one.</summary>
public sealed class PasswordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ChangePath = "/account/change-password";
    private const string OwnPassword = "My-Own-Passphrase-2026";

    private async Task<T> AsAdminAsync<T>(Func<UserAdministration, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("admin@demo.local", "test");
        return await work(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private async Task<(string Email, string OneTimePassword)> NewPersonAsync()
    {
        var email = $"person-{Guid.NewGuid():N}@demo.local";
        var password = await AsAdminAsync(users => users.CreateAsync(new NewUser(email, "New Person", PortalRoles.Staff, TeamId: null)));
        return (email, password);
    }

    private Task<PortalUser> StoredAsync(string email) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string replacement, string? confirmation = null, string path = ChangePath) =>
        SignedInClient.PostFormAsync(client, path, "change-password", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = replacement,
            ["Input.ConfirmPassword"] = confirmation ?? replacement,
        });

    private static string Target(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location!.OriginalString;

    // The test clock stands still; a session is re-checked against the stored stamp once time has passed.
    private void LetTimePass() => factory.Clock.Advance(TimeSpan.FromSeconds(1));

    private static async Task<HttpClient> SignedInAsync(PortalFactory factory, string email, string password)
    {
        var client = SignedInClient.Anonymous(factory);
        using var response = await SignedInClient.PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task TheFirstSignInWithAOneTimePasswordOpensOnlyThePageThatReplacesIt()
    {
        var (email, oneTime) = await NewPersonAsync();
        using var client = SignedInClient.Anonymous(factory);

        using var signIn = await SignedInClient.PostSignInAsync(client, email, oneTime);
        using var page = await client.GetAsync("/models?search=x");
        using var hub = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        using var changePage = await client.GetAsync(ChangePath);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith(ChangePath, Target(signIn), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"{ChangePath}?returnUrl=%2Fmodels%3Fsearch%3Dx", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, hub.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changePage.StatusCode);
        Assert.Contains("Choose your own password", await changePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await StoredAsync(email)).MustChangePassword);
    }

    [Fact]
    public async Task ChoosingOwnPasswordContinuesWhereThePersonWasGoing()
    {
        var (email, oneTime) = await NewPersonAsync();
        using var client = await SignedInAsync(factory, email, oneTime);

        using var changed = await ChangeAsync(client, oneTime, OwnPassword, path: $"{ChangePath}?returnUrl=%2Fincidents");
        using var home = await client.GetAsync("/incidents");
        using var again = SignedInClient.Anonymous(factory);
        using var withOld = await SignedInClient.PostSignInAsync(again, email, oneTime);
        using var withNew = await SignedInClient.PostSignInAsync(again, email, OwnPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/incidents", Target(changed));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False((await StoredAsync(email)).MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        var refusedPage = await withOld.Content.ReadAsStringAsync();
        Assert.Contains("Sign-in failed.", refusedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(oneTime, refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Equal("/", Target(withNew));
    }

    [Fact]
    public async Task ChangingThePasswordEndsEveryOtherSessionButThisOne()
    {
        var (email, oneTime) = await NewPersonAsync();
        using (var first = await SignedInAsync(factory, email, oneTime))
        {
            using var forced = await ChangeAsync(first, oneTime, OwnPassword);
            Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        }

        using var here = await SignedInAsync(factory, email, OwnPassword);
        using var elsewhere = await SignedInAsync(factory, email, OwnPassword);

        using var changed = await ChangeAsync(here, OwnPassword, "Another-Passphrase-2027");
        LetTimePass();
        using var hereAfter = await here.GetAsync("/");
        using var elsewhereAfter = await elsewhere.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, hereAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhereAfter.StatusCode);
        Assert.Contains("/account/sign-in", elsewhereAfter.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-current", "Fresh-Passphrase-2026", "Fresh-Passphrase-2026", "error-CurrentPassword", "That is not your current password.")]
    [InlineData(null, "Fresh-Passphrase-2026", "Fresh-Passphrase-2027", "error-ConfirmPassword", "The two new passwords differ.")]
    [InlineData(null, "short", "short", "error-NewPassword", "Passwords must be at least 12 characters.")]
    [InlineData(null, null, null, "error-NewPassword", "Choose a password different from the current one.")]
    public async Task ABadChangeSaysWhatIsWrongAndChangesNothing(string? current, string? replacement, string? confirmation, string field, string message)
    {
        var (email, oneTime) = await NewPersonAsync();
        using var client = await SignedInAsync(factory, email, oneTime);
        var before = await StoredAsync(email);

        using var response = await ChangeAsync(client, current ?? oneTime, replacement ?? oneTime, confirmation ?? replacement ?? oneTime);
        var html = await response.Content.ReadAsStringAsync();
        var after = await StoredAsync(email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-testid=\"{field}\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain(oneTime, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Fresh-Passphrase", html, StringComparison.Ordinal);
        Assert.Equal(before.PasswordHash, after.PasswordHash);
        Assert.True(after.MustChangePassword);
        Assert.Equal(current is null ? 0 : 1, after.AccessFailedCount);
    }

    [Fact]
    public async Task AnAdministratorsResetEndsTheSessionsAndIssuesAOneTimePasswordThatIsAudited()
    {
        var (email, oneTime) = await NewPersonAsync();
        using (var first = await SignedInAsync(factory, email, oneTime))
        {
            using var own = await ChangeAsync(first, oneTime, OwnPassword);
        }

        using var session = await SignedInAsync(factory, email, OwnPassword);
        var id = (await StoredAsync(email)).Id;
        var auditBefore = await factory.WithDbAsync(db => db.AuditLog.MaxAsync(e => e.Sequence));

        var reset = await AsAdminAsync(users => users.ResetPasswordAsync(id));
        LetTimePass();
        using var sessionAfter = await session.GetAsync("/");
        using var again = SignedInClient.Anonymous(factory);
        using var withOwn = await SignedInClient.PostSignInAsync(again, email, OwnPassword);
        using var withReset = await SignedInClient.PostSignInAsync(again, email, reset);
        var entries = await factory.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(e => e.Sequence > auditBefore && e.EntityType == nameof(PortalUser) && e.EntityId == id.ToString())
            .ToListAsync());
        var stored = await StoredAsync(email);

        Assert.NotEqual(OwnPassword, reset);
        Assert.Equal(HttpStatusCode.Redirect, sessionAfter.StatusCode);
        Assert.Contains("/account/sign-in", sessionAfter.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Sign-in failed.", await withOwn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith(ChangePath, Target(withReset), StringComparison.Ordinal);
        Assert.True(stored.MustChangePassword);
        var audited = Assert.Single(entries, e => e.Actor == "admin@demo.local");
        Assert.Contains("\"MustChangePassword\"", audited.Changes, StringComparison.Ordinal);
        Assert.Contains("[redacted]", audited.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.PasswordHash!, audited.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorsLongOpenPageResetsAPasswordChangedSinceItLoaded()
    {
        var (email, oneTime) = await NewPersonAsync();
        var id = (await StoredAsync(email)).Id;

        // One scope for the whole test, as a live page has: it touches the account first.
        await using var page = factory.Services.CreateAsyncScope();
        page.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("admin@demo.local", "test");
        var admin = page.ServiceProvider.GetRequiredService<UserAdministration>();
        await admin.ChangeAsync(id, PortalRoles.Staff, teamId: null);
        using (var person = await SignedInAsync(factory, email, oneTime))
        {
            using var own = await ChangeAsync(person, oneTime, OwnPassword);
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        }

        var reset = await admin.ResetPasswordAsync(id);
        using var client = SignedInClient.Anonymous(factory);
        using var signIn = await SignedInClient.PostSignInAsync(client, email, reset);

        Assert.StartsWith(ChangePath, Target(signIn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetLiftsALockout()
    {
        var (email, _) = await NewPersonAsync();
        var id = (await StoredAsync(email)).Id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(id.ToString()))!, factory.Clock.GetUtcNow().AddMinutes(15));
        }

        var reset = await AsAdminAsync(users => users.ResetPasswordAsync(id));
        using var client = SignedInClient.Anonymous(factory);
        using var signIn = await SignedInClient.PostSignInAsync(client, email, reset);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Null((await StoredAsync(email)).LockoutEnd);
    }

    [Fact]
    public async Task AdministratorsCannotResetTheirOwnPasswordOrADeactivatedOne()
    {
        var self = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@demo.local").Select(u => u.Id).SingleAsync());
        var (email, _) = await NewPersonAsync();
        var leaver = (await StoredAsync(email)).Id;
        await AsAdminAsync(async users =>
        {
            await users.SetActiveAsync(leaver, active: false);
            return true;
        });
        var before = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        var own = await Assert.ThrowsAsync<ConflictException>(() => AsAdminAsync(users => users.ResetPasswordAsync(self)));
        var deactivated = await Assert.ThrowsAsync<ConflictException>(() => AsAdminAsync(users => users.ResetPasswordAsync(leaver)));

        Assert.Contains("Sign-in security", own.Message, StringComparison.Ordinal);
        Assert.Contains("reactivate", deactivated.Message, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }
}
