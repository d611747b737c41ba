using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Incidents;

/// <summary>Anyone signed in may report a suspected incident and follow it; only responders see and work all.</summary>
public sealed class IncidentReachTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<T> AsAsync<T>(string email, string role, Func<IncidentDesk, IncidentBoard, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test");
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetUser(new ClaimsPrincipal(identity), "test");
        return await work(scope.ServiceProvider.GetRequiredService<IncidentDesk>(), scope.ServiceProvider.GetRequiredService<IncidentBoard>());
    }

    private static NewIncidentRequest Report(string title) =>
        new(title, "Seen at the support desk.", "SEV3", "LLM09", ["support-assistant"], null, null);

    [Fact]
    public async Task StaffReportAnIncidentAndSeeOnlyTheirOwn()
    {
        var mine = await AsAsync("staff@demo.local", PortalRoles.Staff, (desk, _) => desk.CreateAsync(Report("Assistant promised a refund we do not give")));
        var theirs = await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (desk, _) => desk.CreateAsync(Report("Officer's own finding in the chat logs")));

        var listed = await AsAsync("staff@demo.local", PortalRoles.Staff, (_, board) => board.ListAsync(new IncidentListQuery(), 1, 200));
        var opened = await AsAsync("staff@demo.local", PortalRoles.Staff, (desk, _) => desk.GetAsync(mine.Ref));

        Assert.Equal("staff@demo.local", mine.Reporter);
        Assert.Contains(listed.Items, i => i.Ref == mine.Ref);
        Assert.DoesNotContain(listed.Items, i => i.Ref == theirs.Ref);
        Assert.Equal(mine.Ref, opened.Ref);
        // Someone else's incident reads as missing: a reference alone tells nothing.
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync("staff@demo.local", PortalRoles.Staff, (desk, _) => desk.GetAsync(theirs.Ref)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync("staff@demo.local", PortalRoles.Staff, (desk, _) => desk.CommentAsync(theirs.Ref, new CommentRequest("Me too"))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync("staff@demo.local", PortalRoles.Staff, (_, board) => board.MetricsAsync()));
    }

    [Fact]
    public async Task OfficersSeeEveryReport()
    {
        var mine = await AsAsync("staff@demo.local", PortalRoles.Staff, (desk, _) => desk.CreateAsync(Report("Staff report the officer must see")));

        var listed = await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (_, board) => board.ListAsync(new IncidentListQuery(Search: "Staff report the officer"), 1, 50));

        Assert.Contains(listed.Items, i => i.Ref == mine.Ref);
    }

    public static TheoryData<string, string> NonResponders() => new()
    {
        { "staff@demo.local", PortalRoles.Staff },
        { "lead@demo.local", PortalRoles.TeamLead },
        { "compliance@demo.local", PortalRoles.ComplianceOfficer },
    };

    [Theory]
    [MemberData(nameof(NonResponders))]
    public async Task OnlyRespondersWorkAnIncidentWhateverThePageShowed(string email, string role)
    {
        var incident = await AsAsync(email, role, (desk, _) => desk.CreateAsync(Report($"Reported by {role} for the refusal check")));
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(email, role, (desk, _) => desk.TransitionAsync(incident.Ref, new TransitionRequest("Triaged", null, null, null))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(email, role, (desk, _) => desk.AssignAsync(incident.Ref, new AssignRequest(email))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(email, role, (desk, _) =>
            desk.UpdateAsync(incident.Ref, new IncidentEditRequest("Renamed by a reporter", null, "SEV1", "Other", null, incident.ConcurrencyToken))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(email, role, (desk, _) =>
            desk.RollBackAffectedModelAsync(incident.Ref, new IncidentRollbackRequest("support-assistant", "Production", "Reporter tries to contain", null, "1.1.0"))));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(email, role, (desk, _) => desk.MarkReportedAsync(incident.Ref, new ReportSentRequest("MSA-1", null))));

        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
        var commented = await AsAsync(email, role, (desk, _) => desk.CommentAsync(incident.Ref, new CommentRequest("More detail from the reporter")));
        Assert.Contains(commented.Timeline, e => e.Text == "More detail from the reporter");
    }

    [Fact]
    public async Task TheArticle73RecordCanBeCorrectedByAnOfficerAndTheCorrectionIsAudited()
    {
        var incident = await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (desk, _) =>
            desk.CreateAsync(new NewIncidentRequest("Widespread wrong credit decisions", null, "SEV1", "ML08", ["credit-limit"], null, null, "Standard")));
        await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (desk, _) => desk.MarkReportedAsync(incident.Ref, new ReportSentRequest("MSA-2026-0001", null)));
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        var corrected = await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (desk, _) => desk.MarkReportedAsync(incident.Ref, new ReportSentRequest("MSA-2026-0010", null)));
        var again = await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (desk, _) => desk.MarkReportedAsync(incident.Ref, new ReportSentRequest("MSA-2026-0010", null)));

        Assert.Equal("MSA-2026-0010", corrected.AuthorityReference);
        Assert.Single(again.Timeline, e => e.Text.StartsWith("Art. 73 report record corrected", StringComparison.Ordinal) && e.Text.Contains("MSA-2026-0001", StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()) > audit);
        var afterCorrection = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        await AsAsync("officer@demo.local", PortalRoles.SecurityOfficer, (desk, _) => desk.MarkReportedAsync(incident.Ref, new ReportSentRequest("MSA-2026-0010", null)));
        Assert.Equal(afterCorrection, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }
}
