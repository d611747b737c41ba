using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Data.Configurations;

internal sealed class AuditAnchorConfiguration : IEntityTypeConfiguration<AuditAnchor>
{
    public void Configure(EntityTypeBuilder<AuditAnchor> builder)
    {
        builder.ToTable("AuditAnchors");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Hash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.Property(a => a.Seal).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.HasIndex(a => a.Sequence);
    }
}
