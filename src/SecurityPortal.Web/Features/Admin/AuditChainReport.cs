using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Web.Features.Admin;

public sealed record AuditChainReport(long EntriesChecked, long AnchoredUpTo, AuditChainBreak? Break, DateTimeOffset CheckedAt)
{
    public bool IsIntact => Break is null;
}
