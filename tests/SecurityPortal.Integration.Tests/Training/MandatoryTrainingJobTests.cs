using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Security;
using SecurityPortal.Core.Training;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Training;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.Training;

/// <summary>Mandatory courses assigned by the job, exactly once, on joining a team and on renewal; overdue training as a finding.</summary>
public sealed class MandatoryTrainingJobTests
{
    [Fact]
    public async Task FourConcurrentRunsAndARerunAssignEachMandatoryCourseOncePerPerson()
    {
        using var factory = new PortalFactory();
        var before = await factory.WithDbAsync(db => db.TrainingAssignments.CountAsync());
        var newcomer = await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, async s =>
        {
            await s.GetRequiredService<UserAdministration>().CreateAsync(new NewUser("newcomer@demo.local", "New Comer", PortalRoles.Staff, await TeamAsync(factory, "Customer Experience")));
            return "newcomer@demo.local";
        });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AsSystemAsync(factory, s => s.GetRequiredService<TrainingJob>().RunAsync(CancellationToken.None))));
        var rerun = await AsSystemAsync(factory, s => s.GetRequiredService<TrainingJob>().RunAsync(CancellationToken.None));

        Assert.Equal(0, rerun.Assigned);
        var theirs = await factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.UserEmail == newcomer).Select(a => a.CourseCode).ToListAsync());
        Assert.Equal(["AIS-101", "AIS-201"], theirs.Order(StringComparer.Ordinal));
        Assert.Equal(before + 2, await factory.WithDbAsync(db => db.TrainingAssignments.CountAsync()));
        var duplicates = await factory.WithDbAsync(db => db.TrainingAssignments.GroupBy(a => new { a.CourseId, a.UserId, a.Round }).CountAsync(g => g.Count() > 1));
        Assert.Equal(0, duplicates);
    }

    [Fact]
    public async Task AChangeOfRoleAssignsTheNewRolesCoursesAndAnExpiringCompletionIsRenewedOnce()
    {
        using var factory = new PortalFactory();
        var staffId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Staff).Select(u => u.Id).SingleAsync());
        await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, async s =>
        {
            await s.GetRequiredService<UserAdministration>().ChangeAsync(staffId, PortalRoles.SecurityOfficer, await TeamAsync(factory, "Fraud Analytics"));
            return true;
        });
        var afterRole = await factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.UserEmail == Staff).Select(a => a.CourseCode).ToListAsync());

        // The staff member's AI Act completion (62 days ago, yearly) comes within the 30-day renewal window.
        factory.Clock.Advance(TimeSpan.FromDays(300));
        await AsSystemAsync(factory, s => s.GetRequiredService<TrainingJob>().RunAsync(CancellationToken.None));
        await AsSystemAsync(factory, s => s.GetRequiredService<TrainingJob>().RunAsync(CancellationToken.None));
        var rounds = await factory.WithDbAsync(db => db.TrainingAssignments.Where(a => a.UserEmail == Staff && a.CourseCode == "AIS-101").OrderBy(a => a.Round).ToListAsync());

        Assert.Contains("AIS-301", afterRole);
        Assert.Contains("AIS-401", afterRole);
        Assert.Equal([1, 2], rounds.Select(r => r.Round));
        Assert.Equal(AssignmentSource.Renewal, rounds[1].Source);
        Assert.Equal(rounds[0].ExpiresOn, rounds[1].DueOn);
    }

    [Fact]
    public async Task OverdueMandatoryTrainingOfTheOwnerTeamIsAMediumFindingOnItsModels()
    {
        using var factory = new PortalFactory();

        await AsSystemAsync(factory, async s =>
        {
            await s.GetRequiredService<AssessmentJob>().RunScheduledAsync(CancellationToken.None);
            return true;
        });

        var findings = await factory.WithDbAsync(db => db.Findings.Where(f => f.RuleKey == "training.overdue" && f.Status != Core.Assessments.FindingStatus.Resolved).ToListAsync());
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal(Core.Assessments.FindingSeverity.Medium, f.Severity);
            Assert.Contains("compliance@demo.local (AIS-101", f.Detail, StringComparison.Ordinal);
        });
    }

    private static Task<Guid> TeamAsync(PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
}
