using System.Security.Cryptography;
using System.Text;

namespace SecurityPortal.Core.ApiKeys;

/// <summary>Making and recognising API key secrets.</summary>
public static class ApiKeySecret
{
    public const string Marker = "spk_";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new secret: the marker and 40 random base-62 characters (about 238 bits).</summary>
    public static string Generate() => Marker + RandomNumberGenerator.GetString(Alphabet, 40);

    /// <summary>
    /// SHA-256 is enough here: secrets are long and random, so there is nothing for a slow hash to protect.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string DisplayPrefixOf(string secret) => secret.Length <= 8 ? secret[..Math.Min(4, secret.Length)] : secret[..8];
}
