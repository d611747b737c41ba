using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.ApiKeys;

namespace SecurityPortal.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.DisplayPrefix).HasMaxLength(12);
        builder.Property(k => k.SecretHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.HasIndex(k => k.SecretHash).IsUnique();
        builder.Property(k => k.Scopes).HasMaxLength(500);
        builder.Property(k => k.RevokedBy).HasMaxLength(256);
        builder.Ignore(k => k.ScopeList);
        builder.ConfigureTracking();
    }
}
