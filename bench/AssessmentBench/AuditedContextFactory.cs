using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Data;
using SecurityPortal.Data.Interceptors;
using SecurityPortal.Data.Setup;

/// <summary>
/// Contexts as the portal makes them (DataRegistration.AddPortalData): timestamps, concurrency tokens and the audit
/// trail on every save, because the job's saves pay for the audit log in production too. The counter rides along.
/// </summary>
internal sealed class AuditedContextFactory(DatabaseSettings settings, TimeProvider clock, IAuditActor actor, IAuditAnchorKey anchorKey, CommandCounter counter)
    : IDbContextFactory<PortalDbContext>
{
    private readonly DbContextOptions<PortalDbContext> _options = Build(settings, clock, actor, anchorKey, counter);

    public PortalDbContext CreateDbContext() => new(_options);

    private static DbContextOptions<PortalDbContext> Build(DatabaseSettings settings, TimeProvider clock, IAuditActor actor, IAuditAnchorKey anchorKey, CommandCounter counter)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(settings).AddInterceptors(
            new TimestampInterceptor(clock, actor),
            new ConcurrencyTokenInterceptor(),
            new AuditTrailInterceptor(clock, actor, anchorKey),
            counter);
        return builder.Options;
    }
}
