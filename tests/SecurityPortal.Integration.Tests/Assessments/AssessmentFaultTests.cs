using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Assessments;

namespace SecurityPortal.Integration.Tests.Assessments;

/// <summary>A run stopped between two batches keeps whole batches only, and the next run finishes the work.</summary>
public sealed class AssessmentFaultTests
{
    private sealed class FaultAfterFirstBatch : AssessmentRunHooks
    {
        public bool Armed { get; set; }

        public override Task AfterBatchAsync(AssessmentRun run, CancellationToken cancellationToken)
        {
            if (Armed && run.Done > 0)
            {
                Armed = false;
                throw new InvalidOperationException("Injected fault between batches");
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Assigns a finding the batch is about to resolve, between the batch's read and its save.</summary>
    private sealed class AssignMeanwhile(Func<Task> assign) : AssessmentRunHooks
    {
        public bool Armed { get; set; }

        public int Saves { get; private set; }

        public override async Task BeforeBatchSaveAsync(AssessmentRun run, CancellationToken cancellationToken)
        {
            Saves++;
            if (Armed)
            {
                Armed = false;
                await assign();
            }
        }
    }

    private sealed class HookedPortal(AssessmentRunHooks hooks) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<AssessmentRunHooks>();
                services.AddSingleton(hooks);
            });
        }
    }

    [Fact]
    public async Task ABatchWhoseFindingSomeoneChangedMeanwhileIsRedoneAndKeepsBothChanges()
    {
        HookedPortal? portal = null;
        var hooks = new AssignMeanwhile(async () =>
        {
            await using var scope = portal!.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem("officer@demo.local", "test");
            var id = await portal.WithDbAsync(db => db.Findings.Where(f => f.ModelKey == "voice-transcriber" && f.RuleKey == Core.Controls.AssessmentRuleKey.NoAuthentication && f.Subject == "production").Select(f => f.Id).SingleAsync());
            await scope.ServiceProvider.GetRequiredService<FindingDesk>().AssignAsync(id, new AssignFindingRequest("lead@demo.local"));
        });
        using var factory = portal = new HookedPortal(hooks);
        using var api = AssessmentHarness.Api(factory);
        using var secured = await api.PostAsJsonAsync("/api/v1/models/voice-transcriber/deployments", new
        {
            environment = "Production",
            version = "1.1.0",
            endpoint = "https://production.ml.example.internal/voice-transcriber",
            authMode = "OAuth2",
            inputValidation = true,
            monitoring = true,
            logging = true,
            tls = true,
            rateLimiting = true,
        });
        secured.EnsureSuccessStatusCode();
        var savesBefore = hooks.Saves;

        hooks.Armed = true;
        var run = await AssessmentHarness.RunAsync(factory, api);

        Assert.Equal("Succeeded", run.GetProperty("status").GetString());
        Assert.Equal(savesBefore + 2, hooks.Saves);
        var finding = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.ModelKey == "voice-transcriber" && f.RuleKey == Core.Controls.AssessmentRuleKey.NoAuthentication && f.Subject == "production"));
        Assert.Equal((FindingStatus.Resolved, "lead@demo.local"), (finding.Status, finding.Owner));
    }

    private sealed class FaultyPortal(FaultAfterFirstBatch hooks) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Assessments:BatchSize", "10");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<AssessmentRunHooks>();
                services.AddSingleton<AssessmentRunHooks>(hooks);
            });
        }
    }

    [Fact]
    public async Task AFaultBetweenBatchesLeavesTheFirstBatchWholeTheSecondUntouchedAndTheNextRunCompletes()
    {
        var hooks = new FaultAfterFirstBatch();
        using var factory = new FaultyPortal(hooks);
        using var api = AssessmentHarness.Api(factory);
        // Every deployment hardened at once, so each model's serving findings resolve when its batch is saved.
        await factory.WithDbAsync(db => db.Deployments.ExecuteUpdateAsync(d => d
            .SetProperty(x => x.AuthMode, Core.Models.ServingAuthMode.OAuth2)
            .SetProperty(x => x.Tls, true).SetProperty(x => x.InputValidation, true).SetProperty(x => x.RateLimiting, true)
            .SetProperty(x => x.Monitoring, true).SetProperty(x => x.SecurityLogging, true)));
        var keys = await factory.WithDbAsync(db => db.Models.OrderBy(m => m.Key).Select(m => m.Key).ToListAsync());
        Assert.True(keys.Count > 10, "the demo data spans two batches");
        var firstBatch = keys.Take(10).ToHashSet(StringComparer.Ordinal);
        var serving = new[] { AssessmentRuleKeys.Auth, AssessmentRuleKeys.Tls, AssessmentRuleKeys.Input, AssessmentRuleKeys.Rate, AssessmentRuleKeys.Monitoring, AssessmentRuleKeys.Logging };
        var openBefore = await OpenServingAsync(factory, serving);
        Assert.Contains(openBefore, f => !firstBatch.Contains(f.ModelKey));

        hooks.Armed = true;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AssessmentHarness.RunAsync(factory, api));
        Assert.Equal("Injected fault between batches", error.Message);

        var failed = await factory.WithDbAsync(db => db.AssessmentRuns.AsNoTracking().OrderByDescending(r => r.Number).FirstAsync());
        Assert.Equal((AssessmentRunStatus.Failed, 10, (int?)null), (failed.Status, failed.Done, failed.ActiveSlot));
        Assert.Contains("Injected fault", failed.Error, StringComparison.Ordinal);
        var openAfterFault = await OpenServingAsync(factory, serving);
        Assert.DoesNotContain(openAfterFault, f => firstBatch.Contains(f.ModelKey));
        Assert.Equal(openBefore.Where(f => !firstBatch.Contains(f.ModelKey)).Select(f => f.Id).Order(), openAfterFault.Select(f => f.Id).Order());
        var resolvedByFailedRun = await factory.WithDbAsync(db => (
            from e in db.FindingEvents
            join f in db.Findings on e.FindingId equals f.Id
            where e.Kind == FindingEventKind.Resolved && e.Text.EndsWith($"assessment run {failed.Number}.")
            select f.ModelKey).ToListAsync());
        Assert.Equal(failed.Resolved, resolvedByFailedRun.Count);
        Assert.All(resolvedByFailedRun, key => Assert.Contains(key, firstBatch));
        Assert.True(failed.Resolved >= openBefore.Count(f => firstBatch.Contains(f.ModelKey)));

        var count = await AssessmentHarness.CountAsync(factory);
        var next = await AssessmentHarness.RunAsync(factory, api);

        Assert.Equal("Succeeded", next.GetProperty("status").GetString());
        Assert.Empty(await OpenServingAsync(factory, serving));
        Assert.Equal(count, await AssessmentHarness.CountAsync(factory));
    }

    private static Task<List<Finding>> OpenServingAsync(PortalFactory factory, string[] rules) =>
        factory.WithDbAsync(db => db.Findings.AsNoTracking().Where(f => f.Status == FindingStatus.Open && rules.Contains(f.RuleKey)).ToListAsync());

    private static class AssessmentRuleKeys
    {
        public const string Auth = Core.Controls.AssessmentRuleKey.NoAuthentication;
        public const string Tls = Core.Controls.AssessmentRuleKey.NoTls;
        public const string Input = Core.Controls.AssessmentRuleKey.NoInputValidation;
        public const string Rate = Core.Controls.AssessmentRuleKey.NoRateLimiting;
        public const string Monitoring = Core.Controls.AssessmentRuleKey.NoMonitoring;
        public const string Logging = Core.Controls.AssessmentRuleKey.NoSecurityLogging;
    }
}
