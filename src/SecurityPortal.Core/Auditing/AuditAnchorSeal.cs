using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityPortal.Core.Auditing;

/// <summary>HMAC-SHA256 over an anchor's position, hash and time, with the anchor key.</summary>
public static class AuditAnchorSeal
{
    public const int MinimumKeyBytes = 32;

    public static AuditAnchor Anchor(ReadOnlySpan<byte> key, long sequence, string hash, DateTimeOffset anchoredAt) => new()
    {
        Sequence = sequence,
        Hash = hash,
        AnchoredAt = anchoredAt,
        Seal = Compute(key, sequence, hash, anchoredAt),
    };

    public static string Compute(ReadOnlySpan<byte> key, long sequence, string hash, DateTimeOffset anchoredAt)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{sequence}|{hash}|{anchoredAt.UtcTicks}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message)));
    }

    public static bool IsValid(ReadOnlySpan<byte> key, AuditAnchor anchor)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(key, anchor.Sequence, anchor.Hash, anchor.AnchoredAt));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(anchor.Seal));
    }
}
