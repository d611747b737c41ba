using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Admin;

public sealed class AdministrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<T> AsAdminAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("admin@demo.local", "test");
        return await work(scope.ServiceProvider);
    }

    private Task<long> AuditCountAsync() => factory.WithDbAsync(db => db.AuditLog.LongCountAsync());

    [Fact]
    public async Task TheKeyListIsPagedLikeEveryOtherList()
    {
        for (var i = 0; i < 3; i++)
        {
            await AsAdminAsync(sp => sp.GetRequiredService<ApiKeyAdministration>()
                .IssueAsync(new ApiKeyRequest($"paged-{i}-{Guid.NewGuid():N}", [ApiScopes.TeamsRead], ExpiresAt: null)));
        }

        var first = await AsAdminAsync(sp => sp.GetRequiredService<ApiKeyAdministration>().ListAsync(1, 2));
        var second = await AsAdminAsync(sp => sp.GetRequiredService<ApiKeyAdministration>().ListAsync(2, 2));
        var beforeTheFirst = await Assert.ThrowsAsync<ValidationFailedException>(() => AsAdminAsync(sp => sp.GetRequiredService<ApiKeyAdministration>().ListAsync(0, 2)));

        Assert.Equal(2, first.Items.Count);
        Assert.True(first.Total >= 3);
        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Items.Select(k => k.Id).Intersect(second.Items.Select(k => k.Id)));
        Assert.True(string.CompareOrdinal(first.Items[^1].Name, second.Items[0].Name) <= 0);
        Assert.Contains("page", beforeTheFirst.Errors.Keys);
    }

    [Fact]
    public async Task AnIssuedKeyWorksUntilItIsRevoked()
    {
        var issued = await AsAdminAsync(sp => sp.GetRequiredService<ApiKeyAdministration>()
            .IssueAsync(new ApiKeyRequest($"pipeline-{Guid.NewGuid():N}", [ApiScopes.TeamsRead], ExpiresAt: null)));
        using var client = SignedInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", issued.Secret);

        using var before = await client.GetAsync("/api/v1/teams");
        await AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<ApiKeyAdministration>().RevokeAsync(issued.Key.Id);
            return true;
        });
        using var after = await client.GetAsync("/api/v1/teams");
        var stored = await factory.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == issued.Key.Id));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("admin@demo.local", stored.RevokedBy);
        Assert.NotEqual(issued.Secret, stored.SecretHash);
        Assert.Equal(ApiKeySecret.Hash(issued.Secret), stored.SecretHash);
    }

    [Fact]
    public async Task ABadKeyRequestNamesEveryProblemAndWritesNothing()
    {
        var before = await AuditCountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => AsAdminAsync(sp => sp.GetRequiredService<ApiKeyAdministration>()
            .IssueAsync(new ApiKeyRequest("x", ["delete-everything"], factory.Clock.GetUtcNow().AddDays(-1)))));

        Assert.Equal(["ExpiresAt", "Name", "Scopes"], error.Errors.Keys.Order());
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task ANewPersonSignsInWithTheirOneTimePassword()
    {
        var email = $"new-{Guid.NewGuid():N}@demo.local";

        var password = await AsAdminAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync(new NewUser(email, "New Person", PortalRoles.Staff, TeamId: null)));
        using var client = SignedInClient.Anonymous(factory);
        using var response = await SignedInClient.PostSignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ADeactivatedPersonCannotSignIn()
    {
        var email = $"leaver-{Guid.NewGuid():N}@demo.local";
        var password = await AsAdminAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync(new NewUser(email, "Leaver", PortalRoles.Staff, TeamId: null)));
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        await AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<UserAdministration>().SetActiveAsync(id, active: false);
            return true;
        });
        using var client = SignedInClient.Anonymous(factory);
        using var response = await SignedInClient.PostSignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign-in failed.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorCannotDeactivateThemselves()
    {
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@demo.local").Select(u => u.Id).SingleAsync());

        await Assert.ThrowsAsync<ConflictException>(() => AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<UserAdministration>().SetActiveAsync(id, active: false);
            return true;
        }));
    }

    [Fact]
    public async Task ADuplicateAccountIsRefusedAndNothingIsWritten()
    {
        var before = await AuditCountAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => AsAdminAsync(sp => sp.GetRequiredService<UserAdministration>()
            .CreateAsync(new NewUser("officer@demo.local", "Another Officer", PortalRoles.SecurityOfficer, TeamId: null))));

        Assert.True(error.Errors.ContainsKey("Email"));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task AStaleTeamEditIsRefusedWithAClearMessage()
    {
        var name = $"Team {Guid.NewGuid():N}";
        await AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<TeamAdministration>().CreateAsync(name, "first");
            return true;
        });
        var loaded = (await AsAdminAsync(sp => sp.GetRequiredService<TeamAdministration>().ListAsync())).Single(t => t.Name == name);

        await AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<TeamAdministration>().UpdateAsync(loaded.Id, name, "theirs", true, loaded.ConcurrencyToken);
            return true;
        });
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<TeamAdministration>().UpdateAsync(loaded.Id, name, "mine", true, loaded.ConcurrencyToken);
            return true;
        }));

        Assert.Equal(ConflictException.ChangedBySomeoneElse, conflict.Message);
        Assert.Equal("theirs", (await AsAdminAsync(sp => sp.GetRequiredService<TeamAdministration>().ListAsync())).Single(t => t.Name == name).Description);
    }

    [Fact]
    public async Task PeopleArePagedFromOneLikeEveryOtherList()
    {
        var first = await AsAdminAsync(sp => sp.GetRequiredService<UserAdministration>().ListAsync(null, 1, 2));
        var second = await AsAdminAsync(sp => sp.GetRequiredService<UserAdministration>().ListAsync(null, 2, 2));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => AsAdminAsync(sp => sp.GetRequiredService<UserAdministration>().ListAsync(null, 0, 500)));

        Assert.Equal((1, 2), (first.Page, first.PageSize));
        Assert.Equal(2, first.Items.Count);
        Assert.Empty(first.Items.Select(u => u.Id).Intersect(second.Items.Select(u => u.Id)));
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(["page", "pageSize"], refused.Errors.Keys.Order());
    }

    [Fact]
    public async Task ATeamOrAccountThatNoLongerExistsIsNotFoundAsElsewhere()
    {
        var before = await AuditCountAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<TeamAdministration>().UpdateAsync(Guid.NewGuid(), "Ghost team", null, true, Guid.NewGuid());
            return true;
        }));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<UserAdministration>().SetActiveAsync(Guid.NewGuid(), active: false);
            return true;
        }));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdminAsync(async sp =>
        {
            await sp.GetRequiredService<ApiKeyAdministration>().RevokeAsync(Guid.NewGuid());
            return true;
        }));

        Assert.Equal(before, await AuditCountAsync());
    }
}
