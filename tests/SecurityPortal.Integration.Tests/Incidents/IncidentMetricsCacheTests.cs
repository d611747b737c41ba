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
    public async Task ACommentIsAnnouncedAsLeavingListsAndFiguresAlone()
    {
        var commented = new TaskCompletionSource<IncidentChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listening = factory.Services.GetRequiredService<IIncidentEvents>().Subscribe(change =>
        {
            if (change.Kind == IncidentChangeKind.Commented)
            {
                commented.TrySetResult(change);
            }

            return Task.CompletedTask;
        });
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", null);
        var demoIncident = (await scope.ServiceProvider.GetRequiredService<IncidentBoard>().ListAsync(new IncidentListQuery(), 1, 1)).Items[0];

        await scope.ServiceProvider.GetRequiredService<IncidentDesk>().CommentAsync(demoIncident.Ref, new CommentRequest("Looked at the logs; nothing new."));
        var change = await commented.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(demoIncident.Ref, change.Ref);
        Assert.False(change.ChangesListings);
    }

    [Fact]
    public async Task TheSharedFiguresAreComputedAgainOnlyForChangesThatShowInThem()
    {
        // Events delivered in line, so what the cache does with each is seen at once.
        var events = new InLineEvents();
        using var cache = new IncidentMetricsCache(factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Clock, events);
        var first = await cache.GetAsync();

        await events.PublishAsync(new IncidentChanged("INC-2026-0001", "tests", IncidentChangeKind.Commented));
        await events.PublishAsync(new IncidentChanged("INC-2026-0001", "job:escalation", IncidentChangeKind.Escalated));
        var afterComment = await cache.GetAsync();
        await events.PublishAsync(new IncidentChanged("INC-2026-0001", "tests", IncidentChangeKind.PhaseMoved));
        await cache.GetAsync();

        Assert.Same(first, afterComment);
        Assert.Equal(2, cache.Computations);
    }

    private sealed class InLineEvents : IIncidentEvents
    {
        private readonly List<Func<IncidentChanged, Task>> _handlers = [];

        public async Task PublishAsync(IncidentChanged change)
        {
            foreach (var handler in _handlers)
            {
                await handler(change);
            }
        }

        public IDisposable Subscribe(Func<IncidentChanged, Task> handler)
        {
            _handlers.Add(handler);
            return new Unsubscribe(() => _handlers.Remove(handler));
        }

        private sealed class Unsubscribe(Action action) : IDisposable
        {
            public void Dispose() => action();
        }
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
