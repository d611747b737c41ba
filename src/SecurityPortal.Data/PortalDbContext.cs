using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Teams;
using SecurityPortal.Data.Identity;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Data;

/// <summary>
/// The portal's unit of work. Blazor components and services create one per operation through
/// <see cref="IDbContextFactory{TContext}"/>; it is never held for the life of a circuit.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options)
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();

    /// <summary>Set by the audit interceptor while this context holds the audit-chain lock.</summary>
    internal bool HoldsAuditChainLock { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset in SQL; store UTC ticks there instead.
        // SQL Server keeps its native datetimeoffset.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }
}
