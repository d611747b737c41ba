using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Data.Configurations;

internal sealed class ModelControlStatusConfiguration : IEntityTypeConfiguration<ModelControlStatus>
{
    public void Configure(EntityTypeBuilder<ModelControlStatus> builder)
    {
        builder.ToTable("ModelControlStatuses");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ControlCode).HasMaxLength(10);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Justification).HasMaxLength(ModelControlStatus.MaxJustificationLength);
        builder.Property(s => s.ReviewedBy).HasMaxLength(256);
        // Two people setting the first status of the same control at once: one wins, the other gets 409.
        builder.HasIndex(s => new { s.ModelId, s.ControlCode }).IsUnique();
        builder.HasOne<AiModel>().WithMany().HasForeignKey(s => s.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}

internal sealed class ControlEvidenceConfiguration : IEntityTypeConfiguration<ControlEvidence>
{
    public void Configure(EntityTypeBuilder<ControlEvidence> builder)
    {
        builder.ToTable("ControlEvidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ControlCode).HasMaxLength(10);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Title).HasMaxLength(ControlEvidence.MaxTitleLength);
        builder.Property(e => e.Url).HasMaxLength(ControlEvidence.MaxUrlLength);
        builder.Property(e => e.Note).HasMaxLength(ControlEvidence.MaxNoteLength);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.FileType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.StorageKey).HasMaxLength(100);
        builder.HasIndex(e => new { e.ModelId, e.ControlCode });
        builder.HasOne<AiModel>().WithMany().HasForeignKey(e => e.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}

internal sealed class EvidenceBlobConfiguration : IEntityTypeConfiguration<EvidenceBlob>
{
    public void Configure(EntityTypeBuilder<EvidenceBlob> builder)
    {
        builder.ToTable("EvidenceBlobs");
        builder.HasKey(b => b.StorageKey);
        builder.Property(b => b.StorageKey).HasMaxLength(100);
    }
}
