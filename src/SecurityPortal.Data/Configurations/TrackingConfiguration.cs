using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Data.Configurations;

/// <summary>Column rules shared by every tracked entity's configuration.</summary>
internal static class TrackingConfiguration
{
    public static void ConfigureTracking<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class, ITrackedEntity
    {
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.ModifiedBy).HasMaxLength(256);
        if (typeof(IConcurrencyVersioned).IsAssignableFrom(typeof(TEntity)))
        {
            builder.Property(nameof(IConcurrencyVersioned.ConcurrencyToken)).IsConcurrencyToken();
        }
    }
}
