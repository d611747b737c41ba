using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;

namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>Everything on the dashboard; an area's part is null when the viewer may not see that area.</summary>
public sealed record DashboardFigures(int Teams, int Users, long AuditEntries, InventoryFigures? Inventory, IncidentOverview? Incidents, FindingFigures? Findings = null, SecurityPortal.Web.Features.Audits.AuditFigures? Audits = null);

/// <summary>Open findings by severity and the portfolio's average score at the latest run (null before the first).</summary>
public sealed record FindingFigures(IReadOnlyDictionary<SecurityPortal.Core.Assessments.FindingSeverity, int> OpenBySeverity, int? AverageScore);
