using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Data.Configurations;

internal sealed class DeploymentEventConfiguration : IEntityTypeConfiguration<DeploymentEvent>
{
    public void Configure(EntityTypeBuilder<DeploymentEvent> builder)
    {
        builder.ToTable("DeploymentEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Environment).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FromVersion).HasMaxLength(100);
        builder.Property(e => e.ToVersion).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(RollbackReason.StoredMaxLength);
        builder.Property(e => e.Actor).HasMaxLength(256);
        // "What ran in <environment> at <time>" reads this index backwards from the instant.
        builder.HasIndex(e => new { e.ModelId, e.Environment, e.OccurredAt });
        builder.HasOne<AiModel>().WithMany().HasForeignKey(e => e.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}
