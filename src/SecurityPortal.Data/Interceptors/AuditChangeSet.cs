using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Data.Interceptors;

/// <summary>Turns one tracked change into an unlinked audit entry with canonical, redacted JSON.</summary>
internal static class AuditChangeSet
{
    private const string Redacted = "[redacted]";

    // Secrets and bookkeeping: recorded as changed, never with their values.
    private static readonly HashSet<string> RedactedProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "KeyHash", "Xml",
    };

    // Stamps repeat what the entry itself says (who, when); the token is noise.
    private static readonly HashSet<string> OmittedProperties = new(StringComparer.Ordinal)
    {
        nameof(ITrackedEntity.CreatedAt), nameof(ITrackedEntity.CreatedBy),
        nameof(ITrackedEntity.ModifiedAt), nameof(ITrackedEntity.ModifiedBy),
        nameof(IConcurrencyVersioned.ConcurrencyToken),
    };

    public static bool IsIgnored(EntityEntry entry) =>
        entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && !OmittedProperties.Contains(p.Metadata.Name));

    public static AuditLogEntry Describe(EntityEntry entry, DateTimeOffset now, IAuditActor actor)
    {
        var entityType = entry.Metadata.ClrType.Name;
        return new AuditLogEntry
        {
            OccurredAt = now,
            Actor = actor.Name,
            Action = $"{entityType}.{Verb(entry.State)}",
            EntityType = entityType,
            EntityId = KeyOf(entry),
            Changes = ChangesOf(entry),
            CorrelationId = actor.CorrelationId,
            PreviousHash = string.Empty,
            Hash = string.Empty,
        };
    }

    private static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "Created",
        EntityState.Deleted => "Deleted",
        _ => "Updated",
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join("/", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    private static string ChangesOf(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (OmittedProperties.Contains(name))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = Value(name, property.CurrentValue);
                    break;
                case EntityState.Modified when property.IsModified:
                    changes[name] = new SortedDictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["from"] = Value(name, property.OriginalValue),
                        ["to"] = Value(name, property.CurrentValue),
                    };
                    break;
                case EntityState.Deleted:
                    changes[name] = Value(name, property.OriginalValue);
                    break;
            }
        }

        return JsonSerializer.Serialize(changes);
    }

    private static string? Value(string propertyName, object? value) =>
        RedactedProperties.Contains(propertyName) ? (value is null ? null : Redacted) : Format(value);

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
