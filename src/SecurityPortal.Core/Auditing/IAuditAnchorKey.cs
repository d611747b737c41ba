namespace SecurityPortal.Core.Auditing;

/// <summary>The key that seals audit anchors. It never lives in the portal's database.</summary>
public interface IAuditAnchorKey
{
    byte[] Key { get; }
}
