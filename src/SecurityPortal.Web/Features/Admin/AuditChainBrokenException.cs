using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Web.Features.Admin;

public sealed class AuditChainBrokenException : Exception
{
    public AuditChainBrokenException(AuditChainBreak chainBreak)
        : base($"The audit log is broken at entry {chainBreak.Sequence} ({Core.Common.Labels.Of(chainBreak.Kind)}): {chainBreak.Reason}.")
    {
        Break = chainBreak;
    }

    public AuditChainBrokenException()
        : this(new AuditChainBreak(0, AuditChainBreakKind.Edited, "unknown"))
    {
    }

    public AuditChainBrokenException(string message)
        : base(message)
    {
        Break = new AuditChainBreak(0, AuditChainBreakKind.Edited, message);
    }

    public AuditChainBrokenException(string message, Exception innerException)
        : base(message, innerException)
    {
        Break = new AuditChainBreak(0, AuditChainBreakKind.Edited, message);
    }

    public AuditChainBreak Break { get; }
}
