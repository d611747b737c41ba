using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Core.Teams;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.AuditLog;
using static SecurityPortal.Integration.Tests.Training.TrainingHarness;

namespace SecurityPortal.Integration.Tests.AuditLog;

/// <summary>The audit-log viewer: filters, paging, field-level changes, the CSV, and who may read it at all.</summary>
public sealed class AuditLogViewerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Compliance = "compliance@demo.local";

    private static AuditLogBrowser Browser(IServiceProvider services) => services.GetRequiredService<AuditLogBrowser>();

    private async Task<Team> RenamedTeamAsync()
    {
        var team = new Team { Name = $"Viewer {Guid.NewGuid():N}" };
        await factory.WithDbAsync(async db =>
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            team.Name += " renamed";
            await db.SaveChangesAsync();
        });
        return team;
    }

    [Fact]
    public async Task AnEntitysHistoryShowsEachChangeFieldByFieldNewestFirst()
    {
        var team = await RenamedTeamAsync();

        var page = await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s =>
            Browser(s).ListAsync(new AuditLogQuery(EntityType: "Team", EntityId: team.Id.ToString()), 1, 50));

        Assert.Equal(2, page.Total);
        Assert.Equal(["Team.Updated", "Team.Created"], page.Items.Select(e => e.Action));
        Assert.True(page.Items[0].Sequence > page.Items[1].Sequence);
        var rename = Assert.Single(page.Items[0].Changes);
        Assert.Equal(("Name", team.Name.Replace(" renamed", string.Empty, StringComparison.Ordinal), team.Name), (rename.Field, rename.Before, rename.After));
        Assert.Contains(page.Items[1].Changes, c => c.Field == "Name" && c.Before is null && c.After == team.Name.Replace(" renamed", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiltersByPersonActionAndTimeRangeAndPagesOnTheServer()
    {
        await RenamedTeamAsync();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        var (updates, tomorrow, all, second) = await AsAsync(factory, "admin@demo.local", PortalRoles.Administrator, async s => (
            await Browser(s).ListAsync(new AuditLogQuery(EntityType: "Team", Action: "Updated", From: today, To: today), 1, 200),
            await Browser(s).ListAsync(new AuditLogQuery(From: today.AddDays(1)), 1, 10),
            await Browser(s).ListAsync(new AuditLogQuery(), 1, 5),
            await Browser(s).ListAsync(new AuditLogQuery(), 2, 5)));

        Assert.NotEmpty(updates.Items);
        Assert.All(updates.Items, e => Assert.Equal("Team.Updated", e.Action));
        Assert.Equal(0, tomorrow.Total);
        Assert.Equal(5, all.Items.Count);
        Assert.Equal(all.Total, second.Total);
        Assert.True(all.Items[^1].Sequence > second.Items[0].Sequence);

        var byActor = await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, s => Browser(s).ListAsync(new AuditLogQuery(Actor: "job:"), 1, 50));
        Assert.All(byActor.Items, e => Assert.StartsWith("job:", e.Actor, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PortalRoles.TeamLead, "lead@demo.local")]
    [InlineData(PortalRoles.SecurityOfficer, "officer@demo.local")]
    [InlineData(PortalRoles.Staff, "staff@demo.local")]
    public async Task OnlyAdministratorsAndComplianceOfficersMayReadTheLog(string role, string email)
    {
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, email, role, s => Browser(s).ListAsync(new AuditLogQuery(), 1, 10)));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, email, role, s => Browser(s).CsvAsync(new AuditLogQuery())));
        await Assert.ThrowsAsync<NotAllowedException>(() => AsAsync(factory, email, role, s =>
            s.GetRequiredService<Web.Features.Admin.AuditChainVerification>().VerifyAsync(CancellationToken.None)));
    }

    [Fact]
    public void BadFiltersAreFieldErrors()
    {
        var error = Assert.Throws<ValidationFailedException>(() => AuditLogBrowser.Parse(null, null, null, "Renamed", "2026-13-01", null));
        Assert.Contains("action", error.Errors.Keys);
        Assert.Contains("from", error.Errors.Keys);

        var backwards = Assert.Throws<ValidationFailedException>(() => AuditLogBrowser.Parse(null, null, null, null, "2026-12-08", "2026-12-01"));
        Assert.Contains("to", backwards.Errors.Keys);
    }

    [Fact]
    public async Task TheCsvHoldsTheFilteredViewOldestFirstForAComplianceOfficer()
    {
        var team = await RenamedTeamAsync();
        using var compliance = await SignedInClient.SignInAsync(factory, Compliance);
        using var lead = await SignedInClient.SignInAsync(factory, "lead@demo.local");

        using var response = await compliance.GetAsync($"/audit-log.csv?entityType=Team&entityId={team.Id}");
        using var refused = await lead.GetAsync($"/audit-log.csv?entityType=Team&entityId={team.Id}");
        using var bad = await compliance.GetAsync("/audit-log.csv?action=Renamed");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal("sequence,occurred_at,actor,action,entity_type,entity_id,correlation_id,changes,hash", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.Contains(",Team.Created,Team,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Team.Updated,Team,", lines[2], StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReadingTheLogWritesNothing()
    {
        await RenamedTeamAsync();
        var before = await factory.WithDbAsync(db => db.AuditLog.CountAsync());

        await AsAsync(factory, Compliance, PortalRoles.ComplianceOfficer, async s =>
        {
            await Browser(s).ListAsync(new AuditLogQuery(), 1, 50);
            await Browser(s).EntityTypesAsync();
            await Browser(s).CsvAsync(new AuditLogQuery(EntityType: "Team"));
        });

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditLog.CountAsync()));
    }
}
