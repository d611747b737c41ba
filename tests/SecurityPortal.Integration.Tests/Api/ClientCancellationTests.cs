using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace SecurityPortal.Integration.Tests.Api;

/// <summary>A caller that gives up mid-request is a cancellation in the log, not a 500 with a stack trace.</summary>
public sealed class ClientCancellationTests(ClientCancellationTests.AbortingPortal portal) : IClassFixture<ClientCancellationTests.AbortingPortal>
{
    private const string AbortHeader = "X-Test-Client-Gone";

    public sealed class AbortingPortal : PortalFactory
    {
        public CollectingSink Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<ILogEventSink>(Log);
                services.AddSingleton<IStartupFilter, ClientGoesAway>();
            });
        }
    }

    /// <summary>What a closed tab does to a request: its abort token fires while the portal works on it.</summary>
    private sealed class ClientGoesAway : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.ContainsKey(AbortHeader))
                {
                    var gone = new CancellationTokenSource();
                    gone.Cancel();
                    context.RequestAborted = gone.Token;
                }

                return following(context);
            });
            next(app);
        };
    }

    public sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource<LogEvent>> _requests = new();

        public IReadOnlyCollection<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent)
        {
            _events.Enqueue(logEvent);
            if (PathOf(logEvent) is { } path && logEvent.Properties.ContainsKey("StatusCode"))
            {
                RequestLogged(path).TrySetResult(logEvent);
            }
        }

        /// <summary>Completes when the request log line of a request to that path has been written.</summary>
        public TaskCompletionSource<LogEvent> RequestLogged(string path) =>
            _requests.GetOrAdd(path, _ => new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously));

        public static string? PathOf(LogEvent logEvent) =>
            logEvent.Properties.TryGetValue("RequestPath", out var path) ? (path as ScalarValue)?.Value?.ToString() : null;
    }

    // Each path once per portal: the log lines of one request are told apart by their path.
    [Theory]
    [InlineData("/api/v1/models")]
    [InlineData("/api/v1/incidents")]
    public async Task AnAbandonedRequestIsLoggedAsACancellation(string path)
    {
        using var client = SignedInClient.Anonymous(portal);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", PortalFactory.DemoApiKey);
        request.Headers.Add(AbortHeader, "1");

        using var response = await client.SendAsync(request);
        var requestLine = await portal.Log.RequestLogged(path).Task.WaitAsync(TimeSpan.FromSeconds(30));
        var thisRequest = portal.Log.Events.Where(e => CollectingSink.PathOf(e) == path).ToList();

        Assert.Equal("499", requestLine.Properties["StatusCode"].ToString());
        Assert.Equal(LogEventLevel.Information, requestLine.Level);
        Assert.Contains(thisRequest, e => e.RenderMessage().Contains("was cancelled by the client", StringComparison.Ordinal));
        Assert.DoesNotContain(thisRequest, e => e.Level >= LogEventLevel.Error || e.Exception is not null);
    }
}
