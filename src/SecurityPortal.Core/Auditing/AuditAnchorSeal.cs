using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityPortal.Core.Auditing;

/// <summary>HMAC-SHA256 over an anchor's range, hash and time, with the anchor key.</summary>
public static class AuditAnchorSeal
{
    public const int MinimumKeyBytes = 32;

    public static AuditAnchor Anchor(ReadOnlySpan<byte> key, long from, long sequence, string hash, DateTimeOffset anchoredAt) => new()
    {
        From = from,
        Sequence = sequence,
        Hash = hash,
        AnchoredAt = anchoredAt,
        Seal = Compute(key, from, sequence, hash, anchoredAt),
    };

    /// <summary>
    /// Anchors sealed before they named their first entry (<paramref name="from"/> 0) keep their original message, so
    /// existing logs still verify; setting a newer anchor's start to 0 changes its message and breaks its seal.
    /// </summary>
    public static string Compute(ReadOnlySpan<byte> key, long from, long sequence, string hash, DateTimeOffset anchoredAt)
    {
        var message = from == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sequence}|{hash}|{anchoredAt.UtcTicks}")
            : string.Create(CultureInfo.InvariantCulture, $"v2|{from}|{sequence}|{hash}|{anchoredAt.UtcTicks}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message)));
    }

    public static bool IsValid(ReadOnlySpan<byte> key, AuditAnchor anchor)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(key, anchor.From, anchor.Sequence, anchor.Hash, anchor.AnchoredAt));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(anchor.Seal));
    }
}
