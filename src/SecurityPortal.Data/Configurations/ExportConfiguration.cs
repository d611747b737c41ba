using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Exports;

namespace SecurityPortal.Data.Configurations;

internal sealed class PortalExportConfiguration : IEntityTypeConfiguration<PortalExport>
{
    public void Configure(EntityTypeBuilder<PortalExport> builder)
    {
        builder.ToTable("Exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.SubjectLabel).HasMaxLength(PortalExport.MaxSubjectLabelLength);
        builder.Property(e => e.RequestedBy).HasMaxLength(256);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.Property(e => e.Error).HasMaxLength(PortalExport.MaxErrorLength);
        builder.Property(e => e.SubjectLink).HasMaxLength(PortalExport.MaxSubjectLinkLength);
        builder.Property(e => e.Parameters).HasMaxLength(PortalExport.MaxParametersLength);
        builder.Property(e => e.SignedBy).HasMaxLength(PortalExport.MaxSignedByLength);
        builder.Property(e => e.SigningThumbprint).HasMaxLength(40).IsUnicode(false);
        // Through the property, so a new export stores the id its getter derives from Id.
        builder.Property(e => e.DocumentId).HasMaxLength(16).IsUnicode(false).UsePropertyAccessMode(PropertyAccessMode.Property);
        // Not unique: exports made before the id was stored took it from the id's timestamp digits, which two
        // exports made in the same millisecond share.
        builder.HasIndex(e => e.DocumentId);
        builder.HasIndex(e => new { e.Kind, e.SubjectId, e.RequestedAt });
        builder.HasIndex(e => e.RequestedAt);

        // Verification looks a handed-in file up by its hash.
        builder.HasIndex(e => e.Sha256);
        builder.HasIndex(e => e.SigningThumbprint);

        // One export per schedule and period, whatever reruns, retries, restarts or other nodes try.
        builder.Property(e => e.Period).HasMaxLength(16).IsUnicode(false);
        builder.HasIndex(e => new { e.ScheduleId, e.Period }).IsUnique();
        builder.ConfigureTracking();
    }
}

internal sealed class ExportScheduleConfiguration : IEntityTypeConfiguration<ExportSchedule>
{
    public void Configure(EntityTypeBuilder<ExportSchedule> builder)
    {
        builder.ToTable("ExportSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(ExportSchedule.MaxNameLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Cadence).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Parameters).HasMaxLength(PortalExport.MaxParametersLength);
        builder.Property(s => s.Recipients).HasMaxLength(ExportSchedule.MaxRecipientsLength);
        builder.Ignore(s => s.RecipientList);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.ConfigureTracking();
    }
}

internal sealed class ExportFileConfiguration : IEntityTypeConfiguration<ExportFile>
{
    public void Configure(EntityTypeBuilder<ExportFile> builder)
    {
        builder.ToTable("ExportFiles");
        builder.HasKey(f => f.ExportId);
        builder.HasOne<PortalExport>().WithOne().HasForeignKey<ExportFile>(f => f.ExportId).OnDelete(DeleteBehavior.Cascade);
    }
}
