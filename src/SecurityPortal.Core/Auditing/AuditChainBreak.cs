namespace SecurityPortal.Core.Auditing;

/// <summary>Where and why the audit chain stopped verifying.</summary>
public sealed record AuditChainBreak(long Sequence, AuditChainBreakKind Kind, string Reason);
