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
        builder.Property(e => e.SubjectLabel).HasMaxLength(300);
        builder.Property(e => e.RequestedBy).HasMaxLength(256);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.Property(e => e.Error).HasMaxLength(PortalExport.MaxErrorLength);
        builder.Ignore(e => e.DocumentId);
        builder.HasIndex(e => new { e.Kind, e.SubjectId, e.RequestedAt });
        builder.HasIndex(e => e.RequestedAt);
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
