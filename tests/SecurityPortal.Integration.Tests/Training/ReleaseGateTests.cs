using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Features.Training;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Training;

/// <summary>Mandatory training as a release gate: lapsed training refuses the approval with the missing course, in the use case and the API.</summary>
public sealed class ReleaseGateTests
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static async Task RegisterAsync(PortalFactory factory, string key)
    {
        using var api = DemoApi(factory);
        using var created = await api.PostAsJsonAsync("/api/v1/models", new { key, name = "Gate check", ownerTeam = "Fraud Analytics", riskTier = "HighRisk", dataClassification = "Confidential" });
        using var registered = await api.PostAsJsonAsync($"/api/v1/models/{key}/versions", new { version = "1.0.0", artifactUri = $"s3://models/{key}/1.0.0.onnx", sha256 = Sha, encryptionAtRest = "PlatformManaged" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }

    private static Task<int> LapseAsync(PortalFactory factory, string email, string course) =>
        factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.UserEmail == email && a.CourseCode == course)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ExpiresOn, new DateOnly(2026, 11, 24))));

    [Fact]
    public async Task ALeadWithLapsedMandatoryTrainingCannotApproveAndIsToldWhichCourse()
    {
        using var factory = new PortalFactory();
        await RegisterAsync(factory, "gate-lead");
        await LapseAsync(factory, Lead, "AIS-301");

        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<ModelVersions>().ApproveAsync("gate-lead", "1.0.0")));
        var approvers = await AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<TrainingGate>().ApproversAsync("gate-lead"));

        Assert.Contains("AIS-301 \"Secure MLOps: signing, secrets and rollback\"", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("Your mandatory training is not current", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ModelVersionState.Draft, await factory.WithDbAsync(db => db.ModelVersions.Where(v => v.Version == "1.0.0" && db.Models.Any(m => m.Id == v.ModelId && m.Key == "gate-lead")).Select(v => v.State).SingleAsync()));
        var lead = approvers.Single(a => a.Email == Lead);
        Assert.False(lead.TrainingCurrent);
        Assert.Equal(["AIS-301"], lead.MissingCourses);
        Assert.True(approvers.Single(a => a.Email == "officer@demo.local").TrainingCurrent);
        Assert.DoesNotContain(approvers, a => a.Email == Staff);
    }

    [Fact]
    public async Task AKeyIssuedByAnAdministratorWithLapsedTrainingAnswers409WithTheMissingCourseAndCurrentTrainingApproves()
    {
        using var factory = new PortalFactory();
        await RegisterAsync(factory, "gate-key");
        var issued = await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, s =>
            s.GetRequiredService<ApiKeyAdministration>().IssueAsync(new ApiKeyRequest("release bot", [ApiScopes.ModelsWrite, ApiScopes.ModelsRead], null)));
        using var bot = SignedInClient.Anonymous(factory);
        bot.DefaultRequestHeaders.Add("X-Api-Key", issued.Secret);
        await LapseAsync(factory, "admin@demo.local", "AIS-101");

        using var refused = await bot.PostAsync("/api/v1/models/gate-key/versions/1.0.0/approve", null);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        await factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.UserEmail == "admin@demo.local" && a.CourseCode == "AIS-101")
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ExpiresOn, new DateOnly(2027, 6, 1))));
        using var approved = await bot.PostAsync("/api/v1/models/gate-key/versions/1.0.0/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("issued by admin@demo.local", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("AIS-101", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task SwitchedOffTheGateLetsLapsedTrainingApprove()
    {
        using var factory = new PortalFactory { ExtraSettings = { ["Portal:Training:ReleaseGate"] = "false" } };
        await RegisterAsync(factory, "gate-off");
        await LapseAsync(factory, Lead, "AIS-301");

        var approved = await AsAsync(factory, Lead, PortalRoles.TeamLead, s => s.GetRequiredService<ModelVersions>().ApproveAsync("gate-off", "1.0.0"));

        Assert.Equal(ModelVersionState.Approved, approved.State);
    }
}
