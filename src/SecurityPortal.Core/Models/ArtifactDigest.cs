namespace SecurityPortal.Core.Models;

/// <summary>The SHA-256 of a model artifact, as 64 hexadecimal characters, stored in lowercase.</summary>
public static class ArtifactDigest
{
    public static bool IsValidSha256(string? text) =>
        text is { Length: 64 } && text.All(char.IsAsciiHexDigit);

    public static string Normalize(string text) => text.Trim().ToLowerInvariant();
}
