using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Ref).HasMaxLength(20);
        builder.HasIndex(i => i.Ref).IsUnique();
        // Two reporters racing for the next number collide here instead of sharing a reference.
        builder.HasIndex(i => new { i.Year, i.Number }).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(IncidentDetails.MaxTitleLength);
        builder.Property(i => i.Description).HasMaxLength(IncidentDetails.MaxDescriptionLength);
        builder.Property(i => i.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Category).HasMaxLength(20);
        builder.Property(i => i.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Reporter).HasMaxLength(256);
        builder.Property(i => i.Assignee).HasMaxLength(256);
        builder.Property(i => i.RootCause).HasMaxLength(IncidentDetails.MaxNoteLength);
        builder.Property(i => i.LessonsLearned).HasMaxLength(IncidentDetails.MaxNoteLength);
        builder.Property(i => i.Reportable).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.AuthorityReference).HasMaxLength(SeriousIncidentReport.MaxAuthorityReferenceLength);
        builder.HasIndex(i => new { i.Phase, i.Severity });
        builder.HasIndex(i => i.Assignee);
        builder.Ignore(i => i.Milestones);
        builder.HasMany(i => i.AffectedModels).WithOne().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}

internal sealed class IncidentAffectedModelConfiguration : IEntityTypeConfiguration<IncidentAffectedModel>
{
    public void Configure(EntityTypeBuilder<IncidentAffectedModel> builder)
    {
        builder.ToTable("IncidentAffectedModels");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ModelKey).HasMaxLength(60);
        builder.Property(a => a.Version).HasMaxLength(100);
        builder.HasIndex(a => new { a.IncidentId, a.ModelId }).IsUnique();
        builder.HasIndex(a => a.ModelId);
        builder.HasOne<AiModel>().WithMany().HasForeignKey(a => a.ModelId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncidentTimelineEntryConfiguration : IEntityTypeConfiguration<IncidentTimelineEntry>
{
    public void Configure(EntityTypeBuilder<IncidentTimelineEntry> builder)
    {
        builder.ToTable("IncidentTimeline");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Text).HasMaxLength(IncidentDetails.MaxNoteLength);
        builder.HasIndex(e => new { e.IncidentId, e.OccurredAt });
        builder.HasOne<Incident>().WithMany().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PortalNotificationConfiguration : IEntityTypeConfiguration<PortalNotification>
{
    public void Configure(EntityTypeBuilder<PortalNotification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Recipient).HasMaxLength(256);
        builder.Property(n => n.Subject).HasMaxLength(PortalNotification.MaxSubjectLength);
        builder.Property(n => n.Body).HasMaxLength(PortalNotification.MaxBodyLength);
        builder.Property(n => n.Link).HasMaxLength(PortalNotification.MaxLinkLength);
        builder.Property(n => n.EmailError).HasMaxLength(PortalNotification.MaxEmailErrorLength);
        builder.HasIndex(n => new { n.Recipient, n.ReadAt });
        // The mail job's queue: owed messages, oldest first.
        builder.HasIndex(n => new { n.ByEmail, n.EmailedAt, n.EmailNotBefore });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Recipient).HasMaxLength(256);
        // One choice per person and kind: two saves at once collide instead of leaving two.
        builder.HasIndex(p => new { p.Recipient, p.Kind }).IsUnique();
    }
}

internal sealed class IncidentNoticeConfiguration : IEntityTypeConfiguration<IncidentNotice>
{
    public void Configure(EntityTypeBuilder<IncidentNotice> builder)
    {
        builder.ToTable("IncidentNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Key).HasMaxLength(40);
        builder.HasIndex(n => new { n.IncidentId, n.Key }).IsUnique();
        builder.HasOne<Incident>().WithMany().HasForeignKey(n => n.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
