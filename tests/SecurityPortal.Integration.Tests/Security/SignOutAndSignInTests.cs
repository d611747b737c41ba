using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityPortal.Data.Identity;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Security;

public sealed partial class SignOutAndSignInTests(SignOutAndSignInTests.CountingPortal factory) : IClassFixture<SignOutAndSignInTests.CountingPortal>
{
    /// <summary>The portal with a password hasher that counts the checks it makes.</summary>
    public sealed class CountingPortal : PortalFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IPasswordHasher<PortalUser>>();
                services.AddSingleton<IPasswordHasher<PortalUser>>(Hasher);
            });
        }
    }

    public sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new();
        private int _checks;

        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Theory]
    [InlineData("nobody-at-all@demo.local")]
    [InlineData("officer@demo.local")]
    public async Task UnknownAndExistingAccountsCostTheSamePasswordCheck(string email)
    {
        using var client = SignedInClient.Anonymous(factory);
        var before = factory.Hasher.Checks;

        using var response = await SignedInClient.PostSignInAsync(client, email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, factory.Hasher.Checks);
    }

    [Fact]
    public async Task AnInactiveAccountCostsTheSamePasswordCheckToo()
    {
        var email = $"gone-{Guid.NewGuid():N}@demo.local";
        await factory.WithDbAsync(async db =>
        {
            db.Users.Add(new PortalUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = "Gone", IsActive = false, SecurityStamp = Guid.NewGuid().ToString() });
            await db.SaveChangesAsync();
        });
        using var client = SignedInClient.Anonymous(factory);
        var before = factory.Hasher.Checks;

        using var response = await SignedInClient.PostSignInAsync(client, email, "whatever-was-typed");

        Assert.Equal(before + 1, factory.Hasher.Checks);
    }

    [Fact]
    public async Task ALockedOutAccountCostsTheSamePasswordCheckToo()
    {
        var email = $"locked-{Guid.NewGuid():N}@demo.local";
        await factory.WithDbAsync(async db =>
        {
            db.Users.Add(new PortalUser
            {
                UserName = email,
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                NormalizedUserName = email.ToUpperInvariant(),
                DisplayName = "Locked",
                SecurityStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                LockoutEnd = DateTimeOffset.MaxValue,
                PasswordHash = "AQAAAAIAAYagAAAAEPlaceholderPlaceholderPlaceholderPlaceholderPlaceholder==",
            });
            await db.SaveChangesAsync();
        });
        using var client = SignedInClient.Anonymous(factory);
        var before = factory.Hasher.Checks;

        using var response = await SignedInClient.PostSignInAsync(client, email, "whatever-was-typed");

        Assert.Contains("Sign-in failed.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + 1, factory.Hasher.Checks);
    }

    [Fact]
    public async Task SignOutWithoutTheAntiforgeryTokenIsRefusedAndTheSessionStays()
    {
        using var client = await SignedInClient.SignInAsync(factory, "officer@demo.local");

        using var forged = await client.PostAsync("/account/sign-out", null);
        using var stillIn = await client.GetAsync("/models");

        Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task ACookieSavedBeforeSignOutIsRefusedAfterIt()
    {
        using var client = await SignedInClient.SignInAsync(factory, "compliance@demo.local");
        var page = await client.GetStringAsync("/");
        var cookie = await CookieHeaderAsync(client);

        var token = AntiforgeryField().Match(page).Groups["token"].Value;
        using var signOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        // The stamp is checked whenever any time has passed since the cookie was issued; the test clock stands still.
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var replay = SignedInClient.Anonymous(factory);
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await replay.GetAsync("/models");

        var body = await signOut.Content.ReadAsStringAsync();
        Assert.True(signOut.StatusCode == HttpStatusCode.Redirect, $"{signOut.StatusCode}, token of {token.Length} characters: {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>The cookies the test client holds right now, as a browser would send them.</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient client)
    {
        using var echo = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        using var response = await client.SendAsync(echo);
        return string.Join("; ", response.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values : []);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
