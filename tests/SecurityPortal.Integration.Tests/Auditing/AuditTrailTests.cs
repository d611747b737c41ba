using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Teams;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Auditing;

public sealed class AuditTrailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<AuditChainReport> VerifyChainAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("test:verify", null);
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerification>().VerifyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CreatingATeamWritesOneEntryByTheActingUser()
    {
        var team = new Team { Name = $"Red Team {Guid.NewGuid():N}" };

        await factory.WithDbAsync(db =>
        {
            db.Teams.Add(team);
            return db.SaveChangesAsync();
        }, actor: "officer@demo.local");

        var entries = await factory.WithDbAsync(db => db.AuditLog.Where(e => e.EntityId == team.Id.ToString()).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal("Team.Created", entry.Action);
        Assert.Equal("officer@demo.local", entry.Actor);
        Assert.Equal(team.Name, JsonDocument.Parse(entry.Changes).RootElement.GetProperty("Name").GetString());
        Assert.True((await VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task UpdatingRecordsTheOldAndNewValues()
    {
        var team = new Team { Name = $"Blue Team {Guid.NewGuid():N}", Description = "before" };
        await factory.WithDbAsync(db =>
        {
            db.Teams.Add(team);
            return db.SaveChangesAsync();
        });

        await factory.WithDbAsync(async db =>
        {
            var loaded = await db.Teams.SingleAsync(t => t.Id == team.Id);
            loaded.Description = "after";
            await db.SaveChangesAsync();
        });

        var update = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.EntityId == team.Id.ToString() && e.Action == "Team.Updated"));
        var description = JsonDocument.Parse(update.Changes).RootElement.GetProperty("Description");
        Assert.Equal("before", description.GetProperty("from").GetString());
        Assert.Equal("after", description.GetProperty("to").GetString());
    }

    [Fact]
    public async Task AFailedSaveWritesNoEntryAndLeavesNoGapInTheChain()
    {
        var name = $"Duplicate {Guid.NewGuid():N}";
        await factory.WithDbAsync(db =>
        {
            db.Teams.Add(new Team { Name = name });
            return db.SaveChangesAsync();
        });
        var before = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.Teams.Add(new Team { Name = name });
            return db.SaveChangesAsync();
        }));
        var afterFailure = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        await factory.WithDbAsync(db =>
        {
            db.Teams.Add(new Team { Name = $"{name} (2)" });
            return db.SaveChangesAsync();
        });

        Assert.Equal(before, afterFailure);
        Assert.True((await VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task SecretsAreRedactedInUserEntries()
    {
        var created = await factory.WithDbAsync(db => db.AuditLog.FirstAsync(e => e.Action == "PortalUser.Created"));

        var changes = JsonDocument.Parse(created.Changes).RootElement;

        Assert.Equal("[redacted]", changes.GetProperty("PasswordHash").GetString());
        Assert.Equal("[redacted]", changes.GetProperty("SecurityStamp").GetString());
    }

    [Fact]
    public async Task AuthenticatorKeysAndApiKeyHashesAreRedactedWhereTheyLive()
    {
        var userId = await factory.WithDbAsync(db => db.Users.Select(u => u.Id).FirstAsync());
        var loginProvider = $"Test{Guid.NewGuid():N}";
        await factory.WithDbAsync(db =>
        {
            db.UserTokens.Add(new Microsoft.AspNetCore.Identity.IdentityUserToken<Guid> { UserId = userId, LoginProvider = loginProvider, Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXP" });
            db.ApiKeys.Add(new SecurityPortal.Core.ApiKeys.ApiKey { Name = loginProvider, DisplayPrefix = "spk_test", SecretHash = "a-hash-of-a-secret", Scopes = "models.read" });
            return db.SaveChangesAsync();
        });

        var token = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.Action == "IdentityUserToken`1.Created" && e.Changes.Contains(loginProvider)));
        var key = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.Action == "ApiKey.Created" && e.Changes.Contains(loginProvider)));

        Assert.Equal("[redacted]", JsonDocument.Parse(token.Changes).RootElement.GetProperty("Value").GetString());
        Assert.DoesNotContain("JBSWY3DPEHPK3PXP", token.Changes, StringComparison.Ordinal);
        var keyChanges = JsonDocument.Parse(key.Changes).RootElement;
        Assert.Equal("[redacted]", keyChanges.GetProperty("SecretHash").GetString());
        Assert.Equal("models.read", keyChanges.GetProperty("Scopes").GetString());
    }
}
