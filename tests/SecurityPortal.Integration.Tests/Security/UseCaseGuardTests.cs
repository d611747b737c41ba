using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>
/// Each use case checks who is acting itself, called directly (no page, no endpoint in front of it), against
/// the item as the database has it now; a refusal writes nothing.
/// </summary>
public sealed class UseCaseGuardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    // support-assistant belongs to Customer Experience; the demo team lead leads Fraud Analytics.
    private const string OtherTeamsModel = "support-assistant";

    private static readonly Dictionary<string, Func<IServiceProvider, Task>> ModelOperations = new()
    {
        ["create"] = s => s.GetRequiredService<ModelInventory>().CreateAsync(new NewModelRequest("guard-created", "Guard check", "Customer Experience", "Limited", "Internal", null)),
        ["edit"] = async s =>
        {
            var model = await AsSystem(s).GetAsync(OtherTeamsModel);
            await s.GetRequiredService<ModelInventory>().UpdateAsync(OtherTeamsModel, new ModelUpdateRequest("Renamed", model.OwnerTeam, model.RiskTier.ToString(), model.DataClassification.ToString(), model.Purpose, model.Tags, model.ConcurrencyToken));
        },
        ["import"] = s => s.GetRequiredService<ModelImport>().ApplyAsync(
            "key,name,owner_team,risk_tier,data_classification,purpose,tags\nguard-import,Guard import,Customer Experience,Limited,Internal,,", skipRowsWithErrors: false),
        ["register"] = s => s.GetRequiredService<ModelVersions>().RegisterAsync(OtherTeamsModel, new NewVersionRequest("9.9.9", "s3://m/9.9.9", Sha, "PlatformManaged", null, null, null, null)),
        ["correct"] = s => s.GetRequiredService<ModelVersions>().UpdateAsync(OtherTeamsModel, "1.2.0-rc.1", new NewVersionRequest("1.2.0-rc.1", "s3://m/other", Sha, "PlatformManaged", null, null, null, null)),
        ["submit"] = s => s.GetRequiredService<ModelVersions>().MoveAsync(OtherTeamsModel, "1.2.0-rc.1", ModelVersionState.Draft),
        ["approve"] = s => s.GetRequiredService<ModelVersions>().ApproveAsync(OtherTeamsModel, "1.2.0-rc.1"),
        ["retire"] = s => s.GetRequiredService<ModelVersions>().MoveAsync(OtherTeamsModel, "1.0.0", ModelVersionState.Retired),
        ["deploy"] = s => s.GetRequiredService<ModelDeployments>().DeployAsync(OtherTeamsModel, new DeployRequest("Staging", "1.0.0", "https://staging.example/x", "OAuth2", true, true, true)),
        ["roll back"] = s => s.GetRequiredService<ModelDeployments>().RollbackAsync(OtherTeamsModel, new RollbackRequest("Production", "Guard check", null, "1.1.0")),
    };

    private static ModelInventory AsSystem(IServiceProvider scoped)
    {
        var scope = scoped.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("tests", null);
        return scope.ServiceProvider.GetRequiredService<ModelInventory>();
    }

    private async Task RunAsAsync(string email, string role, Func<IServiceProvider, Task> operation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test");
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetUser(new ClaimsPrincipal(identity), "test");
        await operation(scope.ServiceProvider);
    }

    public static TheoryData<string, string, string> RefusedModelChanges()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var operation in ModelOperations.Keys)
        {
            data.Add(operation, "staff@demo.local", PortalRoles.Staff);
            data.Add(operation, "compliance@demo.local", PortalRoles.ComplianceOfficer);
            if (operation != "import")
            {
                // A lead's import is refused row by row instead (see below), so they see which rows are not theirs.
                data.Add(operation, "lead@demo.local", PortalRoles.TeamLead);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedModelChanges))]
    public async Task AModelChangeIsRefusedByTheServiceItselfAndWritesNothing(string operation, string email, string role)
    {
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync(email, role, ModelOperations[operation]));

        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    [Fact]
    public async Task ATeamLeadLosesAModelTheMomentItMovesToAnotherTeam()
    {
        await RunAsAsync("tests@demo.local", PortalRoles.Administrator, s => s.GetRequiredService<ModelInventory>()
            .CreateAsync(new NewModelRequest("guard-moving", "Moves teams", "Fraud Analytics", "Limited", "Internal", null)));
        await RunAsAsync("lead@demo.local", PortalRoles.TeamLead, s => s.GetRequiredService<ModelVersions>()
            .RegisterAsync("guard-moving", new NewVersionRequest("1.0.0", "s3://m/1.0.0", Sha, "PlatformManaged", null, null, null, null)));

        var model = await factory.WithDbAsync(db => db.Models.SingleAsync(m => m.Key == "guard-moving"));
        await RunAsAsync("admin@demo.local", PortalRoles.Administrator, s => s.GetRequiredService<ModelInventory>()
            .UpdateAsync("guard-moving", new ModelUpdateRequest(model.Name, "Customer Experience", "Limited", "Internal", null, null, model.ConcurrencyToken)));
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        var refusal = await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync("lead@demo.local", PortalRoles.TeamLead, s => s.GetRequiredService<ModelVersions>()
            .RegisterAsync("guard-moving", new NewVersionRequest("1.1.0", "s3://m/1.1.0", Sha, "PlatformManaged", null, null, null, null))));

        Assert.Contains("Customer Experience", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    [Fact]
    public async Task ATeamLeadImportsOnlyTheirOwnTeamsModels()
    {
        var preview = await Preview("lead@demo.local", PortalRoles.TeamLead,
            "key,name,owner_team,risk_tier,data_classification,purpose,tags\nguard-own,Own team,Fraud Analytics,Limited,Internal,,\nguard-other,Other team,Customer Experience,Limited,Internal,,");

        Assert.Equal(ModelImportAction.Create, preview.Rows[0].Action);
        Assert.Equal(ModelImportAction.Error, preview.Rows[1].Action);
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());
        await Assert.ThrowsAsync<ValidationFailedException>(() => RunAsAsync("lead@demo.local", PortalRoles.TeamLead, s => s.GetRequiredService<ModelImport>().ApplyAsync(
            "key,name,owner_team,risk_tier,data_classification,purpose,tags\nguard-other,Other team,Customer Experience,Limited,Internal,,", skipRowsWithErrors: false)));
        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    private async Task<ModelImportPreview> Preview(string email, string role, string csv)
    {
        ModelImportPreview? preview = null;
        await RunAsAsync(email, role, async s => preview = await s.GetRequiredService<ModelImport>().PreviewAsync(csv));
        return preview!;
    }

    [Theory]
    [InlineData("officer@demo.local", PortalRoles.SecurityOfficer)]
    [InlineData("lead@demo.local", PortalRoles.TeamLead)]
    [InlineData("staff@demo.local", PortalRoles.Staff)]
    public async Task OnlyAdministratorsManagePeopleTeamsAndKeysWhateverThePageShowed(string email, string role)
    {
        var audit = await factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync(email, role, s => s.GetRequiredService<UserAdministration>().CreateAsync(new NewUser("guard@demo.local", "Guard", PortalRoles.Administrator, null))));
        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync(email, role, async s => await s.GetRequiredService<UserAdministration>().ResetPasswordAsync(Guid.NewGuid())));
        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync(email, role, s => s.GetRequiredService<TeamAdministration>().ListAsync()));
        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync(email, role, s => s.GetRequiredService<ApiKeyAdministration>()
            .IssueAsync(new Core.ApiKeys.ApiKeyRequest("guard key", [Core.ApiKeys.ApiScopes.Admin], null))));

        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditLog.LongCountAsync()));
    }

    [Fact]
    public async Task ReadingTheInventoryIsGuardedToo()
    {
        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync("staff@demo.local", PortalRoles.Staff, s => s.GetRequiredService<ModelInventory>().GetAsync(OtherTeamsModel)));
        await Assert.ThrowsAsync<NotAllowedException>(() => RunAsAsync("staff@demo.local", PortalRoles.Staff, s => s.GetRequiredService<ModelInventory>().ExportCsvAsync(new ModelListQuery())));
        // Naming affected models in an incident report stays open to everyone who may report one.
        await RunAsAsync("staff@demo.local", PortalRoles.Staff, async s => Assert.NotEmpty((await s.GetRequiredService<ModelInventory>().FindForReportAsync("support", 5)).Items));
    }
}
