using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Data.Configurations;

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> builder)
    {
        builder.ToTable("ModelVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Version).HasMaxLength(100);
        builder.HasIndex(v => new { v.ModelId, v.Version }).IsUnique();
        builder.Property(v => v.ArtifactUri).HasMaxLength(2000);
        builder.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.Property(v => v.KeyReference).HasMaxLength(500);
        builder.Property(v => v.TrainingDataReference).HasMaxLength(2000);
        builder.Property(v => v.Notes).HasMaxLength(4000);
        builder.Property(v => v.ApprovedBy).HasMaxLength(256);
        builder.Property(v => v.EncryptionAtRest).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.SignatureStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<AiModel>().WithMany().HasForeignKey(v => v.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}
