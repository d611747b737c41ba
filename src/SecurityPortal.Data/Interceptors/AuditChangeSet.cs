using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Data.Interceptors;

/// <summary>Turns one tracked change into an unlinked audit entry with canonical, redacted JSON.</summary>
internal static class AuditChangeSet
{
    private const string Redacted = "[redacted]";

    // Secrets and bookkeeping: recorded as changed, never with their values. Identity's names are
    // unambiguous anywhere; the rest are secrets only on their own entity, so a future property that
    // happens to be called "Value" is still audited in full.
    private static readonly HashSet<string> RedactedEverywhere = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    private static readonly Dictionary<Type, HashSet<string>> RedactedOn = new()
    {
        // Authenticator keys and recovery codes.
        [typeof(IdentityUserToken<Guid>)] = new(StringComparer.Ordinal) { nameof(IdentityUserToken<Guid>.Value) },
        // The key ring itself.
        [typeof(DataProtectionKey)] = new(StringComparer.Ordinal) { nameof(DataProtectionKey.Xml) },
        // Only a hash, but a hash of a bearer secret has no business in a log people read.
        [typeof(ApiKey)] = new(StringComparer.Ordinal) { nameof(ApiKey.SecretHash) },
        // An evidence file's bytes: its SHA-256 is on the evidence row's own entry.
        [typeof(SecurityPortal.Core.Controls.EvidenceBlob)] = new(StringComparer.Ordinal) { nameof(SecurityPortal.Core.Controls.EvidenceBlob.Content) },
        // An export's PDF: its SHA-256 and size are on the export row's own entry.
        [typeof(SecurityPortal.Core.Exports.ExportFile)] = new(StringComparer.Ordinal) { nameof(SecurityPortal.Core.Exports.ExportFile.Content) },
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

            var secret = IsSecret(entry.Metadata.ClrType, name);

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = Value(secret, property.CurrentValue);
                    break;
                case EntityState.Modified when property.IsModified:
                    changes[name] = new SortedDictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["from"] = Value(secret, property.OriginalValue),
                        ["to"] = Value(secret, property.CurrentValue),
                    };
                    break;
                case EntityState.Deleted:
                    changes[name] = Value(secret, property.OriginalValue);
                    break;
            }
        }

        return JsonSerializer.Serialize(changes);
    }

    private static bool IsSecret(Type entityType, string propertyName) =>
        RedactedEverywhere.Contains(propertyName) || (RedactedOn.TryGetValue(entityType, out var names) && names.Contains(propertyName));

    private static string? Value(bool secret, object? value) => secret ? (value is null ? null : Redacted) : Format(value);

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
