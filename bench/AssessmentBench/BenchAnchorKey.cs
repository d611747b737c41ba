using System.Security.Cryptography;
using SecurityPortal.Core.Auditing;

/// <summary>A random key per process: anchors are sealed as in the portal, and the database is thrown away afterwards.</summary>
internal sealed class BenchAnchorKey : IAuditAnchorKey
{
    public byte[] Key { get; } = RandomNumberGenerator.GetBytes(AuditAnchorSeal.MinimumKeyBytes);
}
