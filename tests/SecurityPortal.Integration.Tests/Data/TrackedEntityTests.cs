using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Teams;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Data;

public sealed class TrackedEntityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Team> AddTeamAsync(string actor = "lead@demo.local")
    {
        var team = new Team { Name = $"Team {Guid.NewGuid():N}" };
        await factory.WithDbAsync(db =>
        {
            db.Teams.Add(team);
            return db.SaveChangesAsync();
        }, actor);
        return team;
    }

    [Fact]
    public async Task CreationIsStampedWithTheClockAndTheActor()
    {
        var team = await AddTeamAsync();

        var stored = await factory.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id));

        Assert.Equal(factory.Clock.GetUtcNow(), stored.CreatedAt);
        Assert.Equal("lead@demo.local", stored.CreatedBy);
        Assert.Equal(stored.CreatedAt, stored.ModifiedAt);
        Assert.NotEqual(Guid.Empty, stored.ConcurrencyToken);
    }

    [Fact]
    public async Task AnEditMovesOnlyTheModifiedStamp()
    {
        var team = await AddTeamAsync();
        var createdAt = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromHours(2));

        await factory.WithDbAsync(async db =>
        {
            var loaded = await db.Teams.SingleAsync(t => t.Id == team.Id);
            loaded.Description = "edited";
            await db.SaveChangesAsync();
        }, actor: "admin@demo.local");
        var stored = await factory.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id));

        Assert.Equal(createdAt, stored.CreatedAt);
        Assert.Equal("lead@demo.local", stored.CreatedBy);
        Assert.Equal(createdAt.AddHours(2), stored.ModifiedAt);
        Assert.Equal("admin@demo.local", stored.ModifiedBy);
    }

    [Fact]
    public async Task AStaleSaveIsRejectedAndTheFirstChangeSurvives()
    {
        var team = await AddTeamAsync();

        await factory.WithDbAsync(async first =>
        {
            await factory.WithDbAsync(async second =>
            {
                var mine = await first.Teams.SingleAsync(t => t.Id == team.Id);
                var theirs = await second.Teams.SingleAsync(t => t.Id == team.Id);
                theirs.Description = "theirs";
                await second.SaveChangesAsync();

                mine.Description = "mine";
                await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
            });
        });
        var stored = await factory.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id));

        Assert.Equal("theirs", stored.Description);
    }
}
