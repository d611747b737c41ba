using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Incidents;

public sealed class IncidentMetricsCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IncidentMetricsResponse> ReadAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", null);
        return await scope.ServiceProvider.GetRequiredService<IncidentBoard>().MetricsAsync();
    }

    [Fact]
    public async Task ManyOpenPagesShareOneComputationUntilAnIncidentChanges()
    {
        var cache = factory.Services.GetRequiredService<IncidentMetricsCache>();
        var first = await ReadAsync();
        var computed = cache.Computations;

        var pages = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => ReadAsync()));

        Assert.Equal(computed, cache.Computations);
        Assert.All(pages, m => Assert.Same(first, m));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", null);
            await scope.ServiceProvider.GetRequiredService<IncidentDesk>().CreateAsync(
                new NewIncidentRequest("A new incident changes the figures", null, "SEV3", "Other", [], null, null));
        }

        var after = await ReadAsync();
        Assert.Equal(computed + 1, cache.Computations);
        Assert.Equal(first.Open + 1, after.Open);
    }

    [Fact]
    public async Task ACommentLeavesTheSharedFiguresAndTheListsAlone()
    {
        var cache = factory.Services.GetRequiredService<IncidentMetricsCache>();
        var heard = new List<IncidentChanged>();
        using var listening = factory.Services.GetRequiredService<IIncidentEvents>().Subscribe(change =>
        {
            heard.Add(change);
            return Task.CompletedTask;
        });
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", null);
        var desk = scope.ServiceProvider.GetRequiredService<IncidentDesk>();
        var incident = await desk.CreateAsync(new NewIncidentRequest("Comments do not move the figures", null, "SEV3", "Other", [], null, null));
        var before = await ReadAsync();
        var computed = cache.Computations;

        await desk.CommentAsync(incident.Ref, new CommentRequest("Looked at the logs; nothing new."));
        var after = await ReadAsync();

        Assert.Equal(computed, cache.Computations);
        Assert.Same(before, after);
        var comment = Assert.Single(heard, change => change.Kind == IncidentChangeKind.Commented);
        Assert.False(comment.ChangesListings);
        Assert.True(Assert.Single(heard, change => change.Kind == IncidentChangeKind.Opened).ChangesListings);
    }

    [Fact]
    public async Task TheFiguresFollowTheClockAtLeastEveryMinute()
    {
        var cache = factory.Services.GetRequiredService<IncidentMetricsCache>();
        await ReadAsync();
        var computed = cache.Computations;

        factory.Clock.Advance(IncidentMetricsCache.MaxAge);
        await ReadAsync();

        Assert.Equal(computed + 1, cache.Computations);
    }
}
