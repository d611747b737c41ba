using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Data.Configurations;

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> builder)
    {
        builder.ToTable("Deployments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Environment).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.ModelId, d.Environment }).IsUnique();
        builder.Property(d => d.Endpoint).HasMaxLength(2000);
        builder.Property(d => d.AuthMode).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<AiModel>().WithMany().HasForeignKey(d => d.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(d => d.CurrentVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.ConfigureTracking();
    }
}
