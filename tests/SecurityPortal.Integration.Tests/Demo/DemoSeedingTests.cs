using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.Integration.Tests.Demo;

public sealed class DemoSeedingTests
{
    private sealed record Counts(int Teams, int Users, int Roles, int UserRoles, long AuditEntries);

    private static Task<Counts> CountAsync(PortalFactory portal) =>
        portal.WithDbAsync(async db => new Counts(
            await db.Teams.CountAsync(),
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.AuditLog.LongCountAsync()));

    [Fact]
    public async Task SeedsTheFiveDemoUsersWithTheirRoles()
    {
        using var portal = new PortalFactory();

        var roles = await portal.WithDbAsync(db => db.Users
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Email, ur.RoleId })
            .Join(db.Roles, x => x.RoleId, r => r.Id, (x, r) => new { x.Email, r.Name })
            .ToDictionaryAsync(x => x.Email!, x => x.Name!));

        Assert.Equal(PortalRoles.Administrator, roles["admin@demo.local"]);
        Assert.Equal(PortalRoles.SecurityOfficer, roles["officer@demo.local"]);
        Assert.Equal(PortalRoles.TeamLead, roles["lead@demo.local"]);
        Assert.Equal(PortalRoles.ComplianceOfficer, roles["compliance@demo.local"]);
        Assert.Equal(PortalRoles.Staff, roles["staff@demo.local"]);
    }

    [Fact]
    public async Task RestartingOnTheSameDatabaseAddsNothingTwice()
    {
        var directory = Path.Combine(Path.GetTempPath(), "securityportal-tests", Guid.NewGuid().ToString("N"));
        Counts first;
        using (var portal = new PortalFactory(directory) { KeepData = true })
        {
            first = await CountAsync(portal);
        }

        using var restarted = new PortalFactory(directory);
        var second = await CountAsync(restarted);

        Assert.Equal(new Counts(5, 5, 5, 5, first.AuditEntries), first);
        Assert.Equal(first, second);
    }
}
