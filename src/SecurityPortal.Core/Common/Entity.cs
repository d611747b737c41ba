namespace SecurityPortal.Core.Common;

/// <summary>
/// Base for the portal's own aggregates: a client-generated key, change stamps and a concurrency token.
/// </summary>
public abstract class Entity : ITrackedEntity, IConcurrencyVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset ModifiedAt { get; set; }

    public string ModifiedBy { get; set; } = string.Empty;

    public Guid ConcurrencyToken { get; set; }
}
