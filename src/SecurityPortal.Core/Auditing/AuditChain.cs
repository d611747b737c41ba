using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityPortal.Core.Auditing;

/// <summary>
/// The rules of the audit hash chain: <c>Hash = SHA-256(PreviousHash ‖ canonical entry)</c>.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// Computes the hash of an entry chained to <paramref name="previousHash"/>. Every field is
    /// length-prefixed so that no two different entries share a canonical form.
    /// </summary>
    public static string ComputeHash(string previousHash, AuditLogEntry entry)
    {
        var canonical = new StringBuilder(256)
            .Append(previousHash);
        AppendField(canonical, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        AppendField(canonical, entry.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        AppendField(canonical, entry.Actor);
        AppendField(canonical, entry.Action);
        AppendField(canonical, entry.EntityType);
        AppendField(canonical, entry.EntityId);
        AppendField(canonical, entry.Changes);
        AppendField(canonical, entry.CorrelationId ?? string.Empty);

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Links a new entry after the entry described by <paramref name="previousSequence"/> and <paramref name="previousHash"/>.</summary>
    public static void Link(AuditLogEntry entry, long previousSequence, string previousHash)
    {
        entry.Sequence = previousSequence + 1;
        entry.PreviousHash = previousHash;
        entry.Hash = ComputeHash(previousHash, entry);
    }

    private static void AppendField(StringBuilder canonical, string value) =>
        canonical.Append('|').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
}
