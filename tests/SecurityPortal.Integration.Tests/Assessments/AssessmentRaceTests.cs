using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Assessments;

/// <summary>Twenty callers at once: one winner, the others a clear 409, never a 500 and never a second row.</summary>
public sealed class AssessmentRaceTests
{
    private const int Callers = 20;

    [Fact]
    public async Task TwentyRunNowRequestsAtOnceQueueExactlyOneRun()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);
        var before = await factory.WithDbAsync(db => db.AssessmentRuns.CountAsync());

        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            using var response = await api.PostAsync("/api/v1/assessments/runs", null);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Accepted));
        Assert.Equal(Callers - 1, answers.Count(a => a == HttpStatusCode.Conflict));
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.AssessmentRuns.CountAsync()));
    }

    [Fact]
    public async Task TwentyFirstStatusesForOneControlAtOnceStoreOneRowAndAnswerOkOrConflict()
    {
        using var factory = new PortalFactory();
        using var api = AssessmentHarness.Api(factory);
        // No status yet, so the callers race to create the row (the unique model-and-control key decides).
        await factory.WithDbAsync(db => db.ControlStatuses.Where(s => s.ControlCode == "SP-01.3").ExecuteDeleteAsync());

        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i =>
        {
            using var response = await api.PutAsJsonAsync("/api/v1/models/churn-forecast/controls/SP-01.3", new { status = i % 2 == 0 ? "Implemented" : "NotImplemented" });
            return response.StatusCode;
        }));

        Assert.All(answers, a => Assert.Contains(a, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(HttpStatusCode.OK, answers);
        Assert.Equal(1, await factory.WithDbAsync(db => (from s in db.ControlStatuses
                                                         join m in db.Models on s.ModelId equals m.Id
                                                         where m.Key == "churn-forecast" && s.ControlCode == "SP-01.3"
                                                         select s).CountAsync()));
    }
}
