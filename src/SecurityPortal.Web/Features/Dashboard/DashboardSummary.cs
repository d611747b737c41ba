using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>The figures on the dashboard. Each area adds its own as it lands.</summary>
public sealed class DashboardSummary(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<DashboardFigures> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new DashboardFigures(
            Teams: await db.Teams.CountAsync(t => t.IsActive, cancellationToken),
            Users: await db.Users.CountAsync(u => u.IsActive, cancellationToken),
            AuditEntries: await db.AuditLog.LongCountAsync(cancellationToken));
    }
}
