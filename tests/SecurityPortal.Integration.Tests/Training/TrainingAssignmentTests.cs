using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Core.Training;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Training;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Training;

/// <summary>Assigning within team scope, exactly once, and completing: by the person with an attestation, by the LMS through the API.</summary>
public sealed class TrainingAssignmentTests
{
    private static readonly DateOnly Due = new(2026, 12, 20);

    [Fact]
    public async Task ALeadAssignsACourseToTheirTeamAndEveryMemberHasOneAssignmentEvenWhenAssignedAgain()
    {
        using var factory = new PortalFactory();
        var first = await AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<TrainingDesk>().AssignAsync(new AssignTrainingRequest("AIS-210", null, "Fraud Analytics", Due)));
        var again = await AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<TrainingDesk>().AssignAsync(new AssignTrainingRequest("ais-210", null, "Fraud Analytics", Due)));

        Assert.Equal([Lead, Staff], first.Assigned.Select(a => a.UserEmail));
        Assert.All(first.Assigned, a => Assert.Equal(Due, a.DueAt));
        Assert.Empty(again.Assigned);
        Assert.Equal([Lead, Staff], again.AlreadyAssigned);
        var rows = await factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.CourseCode == "AIS-210").Select(a => a.UserEmail).ToListAsync());
        Assert.Equal([Lead, Staff], rows.Order(StringComparer.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Action == "TrainingAssignment.Created" && e.Actor == Lead)));
    }

    [Fact]
    public async Task ALeadAssigningAnotherTeamOrSomeoneOutsideTheirTeamIsRefusedAndNothingIsWritten()
    {
        using var factory = new PortalFactory();
        var before = await factory.WithDbAsync(db => db.TrainingAssignments.CountAsync());

        var team = await Assert.ThrowsAsync<NotAllowedException>(() =>
            AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<TrainingDesk>().AssignAsync(new AssignTrainingRequest("AIS-210", null, "Customer Experience", Due))));
        var person = await Assert.ThrowsAsync<NotAllowedException>(() =>
            AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<TrainingDesk>().AssignAsync(new AssignTrainingRequest("AIS-210", "officer@demo.local", null, Due))));
        await Assert.ThrowsAsync<NotAllowedException>(() =>
            AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<TrainingDesk>().AssignAsync(new AssignTrainingRequest("AIS-210", null, "Fraud Analytics", Due))));

        Assert.Equal("Team leads assign training within the team they lead; Customer Experience is not your team.", team.Message);
        Assert.Contains("officer@demo.local is in Platform Security", person.Message, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.TrainingAssignments.CountAsync()));
    }

    [Fact]
    public async Task BadAssignmentsAnswerFieldProblemsAndWriteNothing()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var before = await factory.WithDbAsync(db => db.TrainingAssignments.CountAsync());

        using var both = await api.PostAsJsonAsync("/api/v1/training/assignments", new { courseCode = "AIS-210", userEmail = Staff, team = "Fraud Analytics", dueAt = "2026-12-20" });
        using var past = await api.PostAsJsonAsync("/api/v1/training/assignments", new { courseCode = "AIS-210", team = "Fraud Analytics", dueAt = "2026-11-01" });
        using var unknown = await api.PostAsJsonAsync("/api/v1/training/assignments", new { courseCode = "NOPE-1", team = "Fraud Analytics", dueAt = "2026-12-20" });

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.True((await both.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("userEmail", out _));
        Assert.Equal("The due date cannot lie in the past.", (await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("dueAt")[0].GetString());
        Assert.Equal("There is no active course 'NOPE-1'.", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("courseCode")[0].GetString());
        Assert.Equal(before, await factory.WithDbAsync(db => db.TrainingAssignments.CountAsync()));
    }

    [Fact]
    public async Task TwentyParallelAssignmentsOfOneCourseToOneTeamCreateEachAssignmentOnce()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            api.PostAsJsonAsync("/api/v1/training/assignments", new { courseCode = "AIS-220", team = "Fraud Analytics", dueAt = "2026-12-20" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        var perPerson = await factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.CourseCode == "AIS-220").GroupBy(a => a.UserEmail).Select(g => g.Count()).ToListAsync());
        Assert.Equal([1, 1], perPerson);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task StaffCompletesTheirCourseAndTheTeamRateRisesWhileAFailedAttemptStaysOpen()
    {
        using var factory = new PortalFactory();
        var mine = await AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<TrainingDesk>().MineAsync());
        var open = mine.Single(a => a.CourseCode == "AIS-201");
        var rateBefore = await TeamRateAsync(factory, "Fraud Analytics");

        var unattested = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<TrainingDesk>().CompleteAsync(open.Id, new CompleteTrainingRequest(null, 90, Attested: false))));
        var failed = await AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<TrainingDesk>().CompleteAsync(open.Id, new CompleteTrainingRequest(null, 60, Attested: true)));
        Assert.Equal(rateBefore, await TeamRateAsync(factory, "Fraud Analytics"));
        var passed = await AsAsync(factory, Staff, PortalRoles.Staff, s => s.GetRequiredService<TrainingDesk>().CompleteAsync(open.Id, new CompleteTrainingRequest(null, 85, Attested: true)));

        Assert.True(unattested.Errors.ContainsKey("attestation"));
        Assert.Equal(AssignmentStatus.Failed, failed.Status);
        Assert.Equal(AssignmentStatus.Completed, passed.Status);
        Assert.Equal(85, passed.Score);
        Assert.Equal(new DateOnly(2027, 11, 25), passed.ExpiresOn);
        Assert.True(await TeamRateAsync(factory, "Fraud Analytics") > rateBefore);
        Assert.Equal(100, await TeamRateAsync(factory, "Fraud Analytics"));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<TrainingDesk>().CompleteAsync(open.Id, new CompleteTrainingRequest(null, 85, Attested: true))));
    }

    [Fact]
    public async Task TheLmsPostsACompletionOnceAndAScoredCourseNeedsItsScore()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/training/assignments?user={Staff}&course=AIS-201&status=Assigned");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        using var noScore = await api.PostAsJsonAsync($"/api/v1/training/assignments/{id}/complete", new { completedAt = "2026-11-24T15:00:00Z" });
        using var done = await api.PostAsJsonAsync($"/api/v1/training/assignments/{id}/complete", new { completedAt = "2026-11-24T15:00:00Z", score = 88 });
        using var twice = await api.PostAsJsonAsync($"/api/v1/training/assignments/{id}/complete", new { completedAt = "2026-11-24T15:00:00Z", score = 88 });

        Assert.Equal(HttpStatusCode.BadRequest, noScore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var body = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", body.GetProperty("status").GetString());
        Assert.Equal(88, body.GetProperty("score").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var overdue = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/assignments?overdue=true");
        Assert.Equal(["compliance@demo.local"], overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userEmail").GetString()));
    }

    [Fact]
    public async Task TwentyParallelCompletionsOfOneAssignmentRecordOneAndAnswer409ToTheRest()
    {
        using var factory = new PortalFactory();
        using var api = DemoApi(factory);
        var page = await api.GetFromJsonAsync<JsonElement>($"/api/v1/training/assignments?user={Staff}&course=AIS-201&status=Assigned");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            api.PostAsJsonAsync($"/api/v1/training/assignments/{id}/complete", new { completedAt = "2026-11-24T15:00:00Z", score = 80 + (i % 20) })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var stored = await factory.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == id));
        Assert.Equal((AssignmentStatus.Completed, 1), (stored.Status, stored.Attempts));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static async Task<int> TeamRateAsync(PortalFactory factory, string team)
    {
        var view = await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, s => s.GetRequiredService<TrainingProgress>().ViewAsync());
        return view.Teams.Single(t => t.Name == team).Percent;
    }
}
