using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;

namespace SecurityPortal.Data.Configurations;

internal sealed class AiModelConfiguration : IEntityTypeConfiguration<AiModel>
{
    public void Configure(EntityTypeBuilder<AiModel> builder)
    {
        builder.ToTable("Models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Key).HasMaxLength(60);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => m.Name);
        builder.Property(m => m.Purpose).HasMaxLength(1000);
        builder.Property(m => m.Tags).HasMaxLength(500);
        builder.Property(m => m.RiskTier).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DataClassification).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.RiskTier, m.OwnerTeamId });
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.OwnerTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.ConfigureTracking();
    }
}
