using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Infrastructure.Demo;

/// <summary>Runs every area's demo-data contributor when <c>Portal:Demo:Seed</c> is true.</summary>
public sealed class DemoSeeder(
    IEnumerable<IDemoDataContributor> contributors,
    DemoOptions demo,
    CurrentActor actor,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!demo.Seed)
        {
            return;
        }

        actor.SetSystem("system:demo-seed", Guid.NewGuid().ToString("N"));
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.ContributeAsync(cancellationToken);
        }

        logger.LogInformation("Demo data checked ({Count} areas)", contributors.Count());
    }
}
