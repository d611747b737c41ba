namespace SecurityPortal.Web.Features.Dashboard;

public sealed record DashboardFigures(int Teams, int Users, long AuditEntries);
