using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Dashboard;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;

namespace SecurityPortal.Integration.Tests.Dashboard;

/// <summary>The dashboard's figures against the demo data, and who gets which of them.</summary>
public sealed class DashboardSummaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    private async Task<DashboardFigures> LoadAsync(ClaimsPrincipal user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardSummary>().LoadAsync(user);
    }

    [Fact]
    public async Task StaffSeeOnlyTheOrganisationFigures()
    {
        var figures = await LoadAsync(Person("staff@demo.local", PortalRoles.Staff));

        Assert.Null(figures.Inventory);
        Assert.Null(figures.Incidents);
        Assert.True(figures.Teams > 0);
    }

    [Fact]
    public async Task ProductionGapsAreCountedFromWhatTheInventoryRecords()
    {
        var figures = await LoadAsync(Person("officer@demo.local", PortalRoles.SecurityOfficer));
        var inventory = Assert.IsType<InventoryFigures>(figures.Inventory);

        var production = await factory.WithDbAsync(db => db.Deployments.CountAsync(d => d.Environment == DeploymentEnvironment.Production));
        var openProduction = await factory.WithDbAsync(db => db.Deployments.CountAsync(d => d.Environment == DeploymentEnvironment.Production && d.AuthMode == ServingAuthMode.None));
        var unencryptedProduction = await factory.WithDbAsync(db => (
            from d in db.Deployments
            join v in db.ModelVersions on d.CurrentVersionId equals v.Id
            where d.Environment == DeploymentEnvironment.Production && v.EncryptionAtRest == EncryptionAtRest.None
            select d).CountAsync());
        Assert.Equal(await factory.WithDbAsync(db => db.Models.CountAsync()), inventory.Models);
        Assert.Equal(production, inventory.ProductionDeployments);
        Assert.True(openProduction > 0, "the demo data has Production endpoints without authentication");
        Assert.Equal(openProduction, inventory.ProductionGaps.Single(g => g.Gap == ServingGap.NoAuthentication).ProductionDeployments);
        Assert.Equal(unencryptedProduction, inventory.ProductionGaps.SingleOrDefault(g => g.Gap == ServingGap.UnencryptedArtifact)?.ProductionDeployments ?? 0);
        Assert.InRange(inventory.ProductionDeploymentsWithGaps, openProduction, production);

        // The list worth a look starts with the open Production endpoints.
        var first = inventory.Worst[0];
        Assert.Equal(DeploymentEnvironment.Production, first.Environment);
        Assert.Equal(ServingGap.NoAuthentication, first.Gaps[0]);
    }

    [Fact]
    public async Task IncidentFiguresAgreeWithTheIncidentsListAndFollowAssignment()
    {
        var officer = Person("officer@demo.local", PortalRoles.SecurityOfficer);
        var before = Assert.IsType<IncidentOverview>((await LoadAsync(officer)).Incidents);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var board = scope.ServiceProvider.GetRequiredService<IncidentBoard>();
            var open = await board.ListAsync(new IncidentListQuery(OpenOnly: true), 1, 100);
            var breached = await board.ListAsync(new IncidentListQuery(OpenOnly: true, Breached: true), 1, 100);
            Assert.Equal(open.Total, before.Open);
            Assert.Equal(breached.Total, before.Breached);
            Assert.True(before.Breached > 0, "the demo data has incidents breaching SLA");
            Assert.True(before.MostUrgent[0].Breached, "breached incidents come first");
            Assert.Equal(1, before.ReportsDue);
        }

        using var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        var unassigned = (await factory.WithDbAsync(db => db.Incidents.Where(i => i.Assignee != "officer@demo.local" && i.Phase != Core.Incidents.IncidentPhase.Closed).Select(i => i.Ref).FirstAsync()));
        using var assigned = await api.PostAsJsonAsync($"/api/v1/incidents/{unassigned}/assignment", new { assignee = "officer@demo.local" });
        assigned.EnsureSuccessStatusCode();

        var after = Assert.IsType<IncidentOverview>((await LoadAsync(officer)).Incidents);
        Assert.Equal(before.AssignedToMe + 1, after.AssignedToMe);
    }

    [Fact]
    public async Task EveryFigureAndThisWeeksTrendsEqualTheCountsTheApiGives()
    {
        var figures = await LoadAsync(Person("admin@demo.local", PortalRoles.Administrator));
        using var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);
        async Task<int> TotalAsync(string path) => (await api.GetFromJsonAsync<System.Text.Json.JsonElement>(path)).GetProperty("total").GetInt32();

        var findings = Assert.IsType<FindingFigures>(figures.Findings);
        var trends = Assert.IsType<TrendFigures>(figures.Trends);
        foreach (var severity in Enum.GetValues<Core.Assessments.FindingSeverity>())
        {
            var listed = await TotalAsync($"/api/v1/findings?status=Open&severity={severity}&pageSize=1");
            Assert.Equal(listed, findings.OpenBySeverity[severity]);
            Assert.Equal(listed, trends.OpenFindings![^1].Counts[severity]);
        }

        var audits = Assert.IsType<Web.Features.Audits.AuditFigures>(figures.Audits);
        Assert.Equal(await TotalAsync("/api/v1/audits?status=Overdue&pageSize=1"), audits.Overdue);
        Assert.Equal(await TotalAsync("/api/v1/audits?status=InProgress&pageSize=1"), audits.InProgress);
        Assert.True(audits.Overdue > 0, "the demo data has overdue audits");
        Assert.Equal(13, trends.IncidentsOpened!.Count);
        Assert.Equal(13, trends.TrainingCompletion!.Count);
        Assert.True(trends.AuditsSignedOff!.Sum(w => w.Total) > 0, "the demo data has audits signed off in the last 90 days");
        Assert.NotNull(trends.AverageScore![^1].Value);
    }

    [Fact]
    public async Task WhatNeedsMyAttentionIsMineAndEqualsTheListsBehindIt()
    {
        var officer = Person("officer@demo.local", PortalRoles.SecurityOfficer);
        var finding = await factory.WithDbAsync(async db =>
        {
            var open = await db.Findings.FirstAsync(f => f.Status == Core.Assessments.FindingStatus.Open && f.Owner != "officer@demo.local");
            open.Owner = "officer@demo.local";
            await db.SaveChangesAsync();
            return open.Id;
        });
        using var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);

        var mine = (await LoadAsync(officer)).Trends!.MyOpenFindings;
        var listed = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/findings?owner=officer@demo.local&status=Open&pageSize=1")).GetProperty("total").GetInt32();
        var staff = await LoadAsync(Person("staff@demo.local", PortalRoles.Staff));

        Assert.Equal(listed, mine);
        Assert.True(mine >= 1, $"finding {finding} is the officer's");
        Assert.Null(staff.Trends!.MyOpenFindings);
        Assert.Null(staff.Trends.IncidentsOpened);
        Assert.Null(staff.Trends.OpenFindings);
        Assert.Null(staff.Trends.AuditsSignedOff);
    }

    [Fact]
    public async Task AnIncidentReportedNowCountsInThisWeeksOpenedBar()
    {
        var officer = Person("officer@demo.local", PortalRoles.SecurityOfficer);
        var before = (await LoadAsync(officer)).Trends!.IncidentsOpened![^1].Counts[Core.Incidents.IncidentSeverity.Sev2];
        using var api = SignedInClient.Anonymous(factory);
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DemoApiKey);

        using var reported = await api.PostAsJsonAsync("/api/v1/incidents", new { title = "Trend check: a leaked system prompt", description = "Seen in a transcript.", severity = "SEV2", category = "LLM07" });
        reported.EnsureSuccessStatusCode();

        var after = (await LoadAsync(officer)).Trends!.IncidentsOpened![^1].Counts[Core.Incidents.IncidentSeverity.Sev2];
        Assert.Equal(before + 1, after);
    }
}
