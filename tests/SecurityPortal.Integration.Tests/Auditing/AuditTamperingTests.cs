using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Features.Admin;

namespace SecurityPortal.Integration.Tests.Auditing;

// A class of its own: it breaks the chain of its portal on purpose.
public sealed class AuditTamperingTests
{
    [Fact]
    public async Task VerificationJobFindsAnEntryEditedInTheDatabase()
    {
        using var portal = new PortalFactory();
        var victim = await portal.WithDbAsync(db => db.AuditLog.OrderBy(e => e.Sequence).Skip(2).FirstAsync());

        await portal.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE AuditLog SET Actor = 'mallory@evil.example' WHERE Sequence = {victim.Sequence}"));
        await using var scope = portal.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AuditChainVerificationJob>().RunAsync(CancellationToken.None);

        Assert.False(report.IsIntact);
        Assert.Equal(victim.Sequence, report.Break?.Sequence);
        Assert.Equal(victim.Sequence - 1, report.EntriesChecked);
    }

    [Fact]
    public async Task VerificationJobReportsAnUntouchedChainIntact()
    {
        using var portal = new PortalFactory();

        await using var scope = portal.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AuditChainVerificationJob>().RunAsync(CancellationToken.None);

        Assert.True(report.IsIntact);
        Assert.True(report.EntriesChecked > 0);
    }
}
