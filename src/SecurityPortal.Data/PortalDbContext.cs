using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;
using SecurityPortal.Core.Training;
using SecurityPortal.Data.Identity;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Data;

/// <summary>
/// The portal's unit of work. Blazor components and services create one per operation through
/// <see cref="IDbContextFactory{TContext}"/>; it is never held for the life of a circuit.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys, shared by every node and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();

    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AiModel> Models => Set<AiModel>();

    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();

    public DbSet<Deployment> Deployments => Set<Deployment>();

    public DbSet<DeploymentEvent> DeploymentEvents => Set<DeploymentEvent>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentAffectedModel> IncidentAffectedModels => Set<IncidentAffectedModel>();

    public DbSet<IncidentTimelineEntry> IncidentTimeline => Set<IncidentTimelineEntry>();

    public DbSet<IncidentNotice> IncidentNotices => Set<IncidentNotice>();

    public DbSet<PortalNotification> Notifications => Set<PortalNotification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<ModelControlStatus> ControlStatuses => Set<ModelControlStatus>();

    public DbSet<ControlEvidence> Evidence => Set<ControlEvidence>();

    public DbSet<EvidenceBlob> EvidenceBlobs => Set<EvidenceBlob>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<FindingEvent> FindingEvents => Set<FindingEvent>();

    public DbSet<AssessmentRun> AssessmentRuns => Set<AssessmentRun>();

    public DbSet<ModelScore> ModelScores => Set<ModelScore>();

    public DbSet<TeamScore> TeamScores => Set<TeamScore>();

    public DbSet<AuditPlan> AuditPlans => Set<AuditPlan>();

    public DbSet<Audit> Audits => Set<Audit>();

    public DbSet<AuditItem> AuditItems => Set<AuditItem>();

    public DbSet<AuditReminder> AuditReminders => Set<AuditReminder>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<TrainingAssignment> TrainingAssignments => Set<TrainingAssignment>();

    public DbSet<TrainingReminder> TrainingReminders => Set<TrainingReminder>();

    public DbSet<PortalExport> Exports => Set<PortalExport>();
    public DbSet<ExportSchedule> ExportSchedules => Set<ExportSchedule>();

    public DbSet<ExportFile> ExportFiles => Set<ExportFile>();

    // The audit interceptor reads the chain's tail and appends to it inside each save. One writer at a
    // time in this process keeps the chain linear; across nodes the sequence key rejects a racing writer.
    // Held here, with try/finally, because no interceptor callback is guaranteed on every failure path.
    private static readonly SemaphoreSlim AuditChainGate = new(1, 1);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditChainGate.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            AuditChainGate.Release();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await AuditChainGate.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            AuditChainGate.Release();
        }
    }

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
