using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Exports;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// Two schedules, so the Exports page shows how they work: the portfolio summary on the first of each month for the
/// compliance and security officers, and the training completion report at the start of each quarter for the
/// compliance officer. Skipped once any schedule exists.
/// </summary>
public sealed class ExportsDemoData(IDbContextFactory<PortalDbContext> contexts) : IDemoDataContributor
{
    public int Order => 35;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ExportSchedules.AnyAsync(cancellationToken) || !await db.Users.AnyAsync(u => u.Email == "compliance@demo.local", cancellationToken))
        {
            return;
        }

        db.ExportSchedules.AddRange(
            new ExportSchedule { Name = "Portfolio summary for the risk committee", Kind = ExportKind.Portfolio, Cadence = ExportCadence.Monthly, DayOfMonth = 1, Recipients = "compliance@demo.local,officer@demo.local" },
            new ExportSchedule { Name = "Quarterly training completion", Kind = ExportKind.Training, Cadence = ExportCadence.Quarterly, DayOfMonth = 2, Recipients = "compliance@demo.local" });
        await db.SaveChangesAsync(cancellationToken);
    }
}
