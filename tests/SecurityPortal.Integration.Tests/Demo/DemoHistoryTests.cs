using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Models;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Demo;

/// <summary>Demo history reads true: things happen in order, and reviews are by someone else.</summary>
public sealed class DemoHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryDemoVersionIsRegisteredBeforeItIsApprovedAndDeployed()
    {
        var versions = await factory.WithDbAsync(db => db.ModelVersions.AsNoTracking()
            .Join(db.Models, v => v.ModelId, m => m.Id, (v, m) => new { m.Key, ModelCreatedAt = m.CreatedAt, v.Version, v.CreatedAt, v.CreatedBy, v.ApprovedAt, v.ApprovedBy, v.State })
            .ToListAsync());
        var firstDeploys = await factory.WithDbAsync(db => db.DeploymentEvents.AsNoTracking()
            .Join(db.Models, e => e.ModelId, m => m.Id, (e, m) => new { m.Key, e.ToVersion, e.OccurredAt })
            .ToListAsync());

        Assert.NotEmpty(versions);
        var now = factory.Clock.GetUtcNow();
        foreach (var v in versions)
        {
            Assert.True(v.ModelCreatedAt <= v.CreatedAt, $"{v.Key} {v.Version} was registered before its model existed.");
            Assert.True(v.CreatedAt < now, $"{v.Key} {v.Version} is registered today.");
            if (v.ApprovedAt is { } approved)
            {
                Assert.True(v.CreatedAt < approved, $"{v.Key} {v.Version} was approved before it was registered.");
                Assert.NotEqual(v.CreatedBy, v.ApprovedBy);
            }

            foreach (var deploy in firstDeploys.Where(e => e.Key == v.Key && e.ToVersion == v.Version))
            {
                Assert.True(v.ApprovedAt < deploy.OccurredAt, $"{v.Key} {v.Version} was deployed before it was approved.");
            }
        }
    }

    [Fact]
    public async Task TheOfficerHasAVersionAwaitingReviewThatSomeoneElseRegistered()
    {
        var awaiting = await factory.WithDbAsync(db => db.ModelVersions.AsNoTracking()
            .Where(v => v.State == ModelVersionState.InReview && v.CreatedBy != "officer@demo.local").CountAsync());

        Assert.True(awaiting > 0);
    }
}
